package org.coop.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.coop.deploy.CodeFacts.Deployable;

/**
 * Every application the build makes is deployed the way the platform promises: its image, its port, probes on
 * Boot's health groups, a startup probe, requests and limits, non-root with a read-only root file system, graceful
 * shutdown, autoscaling, a disruption budget, topology spread, a ServiceMonitor, and its credentials from Secrets
 * that the operators create or the operations team does, never from git.
 */
final class ApplicationChecks {

    static final String LIVENESS = "/actuator/health/liveness";
    static final String READINESS = "/actuator/health/readiness";

    private ApplicationChecks() {
    }

    static List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        Set<String> deployed = new TreeSet<>();
        manifests.ofKind("Deployment").forEach(d -> deployed.add(Manifests.name(d)));
        for (Deployable deployable : CodeFacts.deployables()) {
            deployed.remove(deployable.name());
            Optional<JsonNode> deployment = manifests.find("Deployment", deployable.name());
            if (deployment.isEmpty()) {
                problems.add(manifests + ": no Deployment for " + deployable.name() + ", which the build makes");
                continue;
            }
            problems.addAll(deploymentProblems(manifests, deployable, deployment.get()));
        }
        deployed.forEach(d -> problems.add(manifests + ": Deployment " + d + " is no deployable of the build"));
        problems.addAll(routeProblems(manifests));
        manifests.ofKind("Secret").forEach(s -> problems.add(manifests + ": Secret " + Manifests.name(s)
                + " is in the manifests; secrets are created in the cluster, never kept in git"));
        return problems;
    }

    /** The outside reaches the gateway only: every route's backends are the gateway's Service on its port. */
    static List<String> routeProblems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        List<JsonNode> routes = new ArrayList<>(manifests.ofKind("HTTPRoute"));
        routes.addAll(manifests.ofKind("Ingress"));
        if (routes.isEmpty()) {
            problems.add(manifests + ": no HTTPRoute: nothing reaches the gateway from outside");
        }
        int port = CodeFacts.port(CodeFacts.deployable("gateway"));
        for (JsonNode route : routes) {
            if (route.path("kind").asText().equals("Ingress")) {
                problems.add(manifests + ": Ingress " + Manifests.name(route) + ": the gateway is exposed by an HTTPRoute");
                continue;
            }
            for (JsonNode rule : route.path("spec").path("rules")) {
                for (JsonNode backend : rule.path("backendRefs")) {
                    if (!backend.path("name").asText().equals("gateway") || backend.path("port").asInt() != port
                            || !backend.path("kind").asText("Service").equals("Service")) {
                        problems.add(manifests + ": HTTPRoute " + Manifests.name(route) + " sends traffic to "
                                + backend + "; only the gateway (Service gateway, port " + port + ") is exposed");
                    }
                }
            }
        }
        return problems;
    }

    static List<String> deploymentProblems(Manifests manifests, Deployable deployable, JsonNode deployment) {
        List<String> problems = new ArrayList<>();
        String app = deployable.name();
        String where = manifests + ": Deployment " + app + ": ";
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        JsonNode containers = pod.path("containers");
        if (containers.size() != 1) {
            problems.add(where + "expected one container, found " + containers.size());
            return problems;
        }
        JsonNode container = containers.get(0);

        String image = container.path("image").asText();
        String version = CodeFacts.projectVersion();
        if (manifests.rendered()) {
            if (!(image.equals(deployable.image(version)) || image.endsWith("/" + deployable.image(version)))) {
                problems.add(where + "image " + image + ", the build makes " + deployable.image(version));
            }
        } else if (!image.equals("coop/" + app)) {
            problems.add(where + "image " + image + ", the build makes coop/" + app);
        }

        int port = CodeFacts.port(deployable);
        JsonNode http = null;
        for (JsonNode p : container.path("ports")) {
            if (p.path("name").asText().equals("http")) {
                http = p;
            }
        }
        if (http == null || http.path("containerPort").asInt() != port) {
            problems.add(where + "container port 'http' must be " + port + " (server.port of " + app + ")");
        }
        probe(container, "startupProbe", LIVENESS, where, problems);
        probe(container, "livenessProbe", LIVENESS, where, problems);
        probe(container, "readinessProbe", READINESS, where, problems);

        JsonNode resources = container.path("resources");
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (resources.path(kind).path(resource).asText().isEmpty()) {
                    problems.add(where + "no " + resource + " " + kind);
                }
            }
        }

        JsonNode podSecurity = pod.path("securityContext");
        JsonNode security = container.path("securityContext");
        if (!podSecurity.path("runAsNonRoot").asBoolean(false) || podSecurity.path("runAsUser").asInt(0) == 0) {
            problems.add(where + "must run as a non-root user (runAsNonRoot, a runAsUser other than 0)");
        }
        if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
            problems.add(where + "root file system must be read-only");
        }
        if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
            problems.add(where + "allowPrivilegeEscalation must be false");
        }
        if (!security.path("capabilities").path("drop").toString().contains("ALL")) {
            problems.add(where + "must drop all capabilities");
        }
        if (!mountedFromEmptyDir(pod, container, "/tmp")) {
            problems.add(where + "/tmp must be an emptyDir (the JVM and Netty write there; the root is read-only)");
        }

        int sleep = container.path("lifecycle").path("preStop").path("sleep").path("seconds").asInt(0);
        int grace = pod.path("terminationGracePeriodSeconds").asInt(30);
        int shutdownPhase = shutdownPhaseSeconds(app);
        if (sleep <= 0) {
            problems.add(where + "no preStop pause: requests would still arrive while Spring stops accepting them");
        }
        if (grace <= sleep + shutdownPhase) {
            problems.add(where + "terminationGracePeriodSeconds " + grace + " leaves no room for the preStop pause ("
                    + sleep + " s) and the graceful shutdown phase (" + shutdownPhase + " s)");
        }
        if (pod.path("topologySpreadConstraints").isEmpty()) {
            problems.add(where + "no topology spread constraints");
        }
        if (pod.path("automountServiceAccountToken").asBoolean(true)) {
            problems.add(where + "the application does not call the Kubernetes API: automountServiceAccountToken false");
        }

        String selectorApp = deployment.path("spec").path("selector").path("matchLabels")
                .path("app.kubernetes.io/name").asText();
        if (!selectorApp.equals(app)) {
            problems.add(where + "selector must be app.kubernetes.io/name=" + app);
        }
        Optional<JsonNode> autoscaler = manifests.ofKind("HorizontalPodAutoscaler").stream()
                .filter(h -> h.path("spec").path("scaleTargetRef").path("name").asText().equals(app)).findFirst();
        if (autoscaler.isEmpty()) {
            problems.add(where + "no HorizontalPodAutoscaler");
        } else {
            if (deployment.path("spec").has("replicas")) {
                problems.add(where + "sets replicas although its HorizontalPodAutoscaler owns the count");
            }
            int minimum = autoscaler.get().path("spec").path("minReplicas").asInt(1);
            if (!manifests.source().contains("overlays/dev") && minimum < 2) {
                problems.add(where + "fewer than two instances (HPA minReplicas " + minimum + ") outside dev");
            }
        }
        if (!targets(manifests, "PodDisruptionBudget", p -> p.path("spec").path("selector").path("matchLabels")
                .path("app.kubernetes.io/name").asText(), app)) {
            problems.add(where + "no PodDisruptionBudget");
        }
        Optional<JsonNode> service = manifests.find("Service", app);
        if (service.isEmpty() || !service.get().path("spec").path("ports").toString().contains("\"name\":\"http\"")) {
            problems.add(where + "no Service " + app + " with a port named http");
        }
        if (!targets(manifests, "ServiceMonitor", m -> m.path("spec").path("selector").path("matchLabels")
                .path("app.kubernetes.io/name").asText(), app)) {
            problems.add(where + "no ServiceMonitor");
        }
        problems.addAll(credentialProblems(manifests, deployable, deployment, where));
        return problems;
    }

    /** Kafka credentials exactly for Kafka users, the application's own Mongo user, secrets from known makers only. */
    private static List<String> credentialProblems(Manifests manifests, Deployable deployable, JsonNode deployment,
                                                   String where) {
        List<String> problems = new ArrayList<>();
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
        String app = deployable.name();
        Set<String> secrets = secretsUsed(pod);
        boolean kafka = CodeFacts.usesKafka(deployable);
        if (kafka != secrets.contains(app + "-kafka")) {
            problems.add(where + (kafka ? "needs" : "must not mount") + " the Secret " + app + "-kafka of its KafkaUser");
        }
        if (kafka != "true".equals(labels.path("coop.org/kafka-client").asText())) {
            problems.add(where + "the pod label coop.org/kafka-client=\"true\" (what Kafka's listener admits) must be "
                    + (kafka ? "set" : "absent"));
        }
        Optional<String> database = CodeFacts.mongoDatabase(deployable);
        if (database.isPresent() != "true".equals(labels.path("coop.org/mongo-client").asText())) {
            problems.add(where + "the pod label coop.org/mongo-client=\"true\" (what the store's network policy admits) "
                    + "must be " + (database.isPresent() ? "set" : "absent"));
        }
        if (database.isPresent()) {
            if (!secrets.contains(app + "-mongo")) {
                problems.add(where + "needs the Secret " + app + "-mongo (its MongoDB user's connection string)");
            }
            problems.addAll(mongoUserProblems(manifests, app, database.get()));
        }
        Set<String> known = operatorMadeSecrets(manifests);
        secrets.stream().filter(s -> !known.contains(s)).forEach(s -> problems.add(where + "Secret " + s
                + " is made by neither Strimzi nor the MongoDB operator"));
        return problems;
    }

    static List<String> mongoUserProblems(Manifests manifests, String app, String database) {
        List<String> problems = new ArrayList<>();
        JsonNode user = null;
        for (JsonNode mongo : manifests.ofKind("MongoDBCommunity")) {
            for (JsonNode candidate : mongo.path("spec").path("users")) {
                if (candidate.path("name").asText().equals(app)) {
                    user = candidate;
                }
            }
        }
        if (user == null) {
            problems.add(manifests + ": no MongoDB user " + app);
            return problems;
        }
        Set<String> roles = new TreeSet<>();
        user.path("roles").forEach(r -> roles.add(r.path("name").asText() + "@" + r.path("db").asText()));
        if (!roles.equals(Set.of("readWrite@" + database))) {
            problems.add(manifests + ": MongoDB user " + app + " must have exactly readWrite on " + database
                    + " (spring.mongodb.database of " + app + "), has " + roles);
        }
        if (!user.path("connectionStringSecretName").asText().equals(app + "-mongo")) {
            problems.add(manifests + ": MongoDB user " + app + " must publish its connection string as " + app + "-mongo");
        }
        return problems;
    }

    /** Secrets the operators write: KafkaUser credentials, the cluster CA, MongoDB users' connection strings. */
    static Set<String> operatorMadeSecrets(Manifests manifests) {
        Set<String> secrets = new HashSet<>();
        manifests.ofKind("KafkaUser").forEach(u -> secrets.add(Manifests.name(u)));
        manifests.ofKind("Kafka").forEach(k -> secrets.add(Manifests.name(k) + "-cluster-ca-cert"));
        for (JsonNode mongo : manifests.ofKind("MongoDBCommunity")) {
            mongo.path("spec").path("users").forEach(u -> secrets.add(u.path("connectionStringSecretName").asText()));
        }
        return secrets;
    }

    /** Secrets the operations team creates before the first deployment: the MongoDB users' passwords. */
    static Set<String> secretsToCreate(Manifests manifests) {
        Set<String> secrets = new TreeSet<>();
        for (JsonNode mongo : manifests.ofKind("MongoDBCommunity")) {
            mongo.path("spec").path("users").forEach(u -> secrets.add(u.path("passwordSecretRef").path("name").asText()));
        }
        return secrets;
    }

    static Set<String> secretsUsed(JsonNode pod) {
        Set<String> secrets = new TreeSet<>();
        for (JsonNode volume : pod.path("volumes")) {
            if (volume.has("secret")) {
                secrets.add(volume.path("secret").path("secretName").asText());
            }
            for (JsonNode source : volume.path("projected").path("sources")) {
                if (source.has("secret")) {
                    secrets.add(source.path("secret").path("name").asText());
                }
            }
        }
        for (JsonNode container : pod.path("containers")) {
            for (JsonNode env : container.path("env")) {
                if (env.path("valueFrom").has("secretKeyRef")) {
                    secrets.add(env.path("valueFrom").path("secretKeyRef").path("name").asText());
                }
            }
            for (JsonNode from : container.path("envFrom")) {
                if (from.has("secretRef")) {
                    secrets.add(from.path("secretRef").path("name").asText());
                }
            }
        }
        return secrets;
    }

    private static void probe(JsonNode container, String probe, String path, String where, List<String> problems) {
        JsonNode get = container.path(probe).path("httpGet");
        if (!get.path("path").asText().equals(path) || !get.path("port").asText().equals("http")) {
            problems.add(where + probe + " must be an HTTP GET of " + path + " on port http");
        }
    }

    private static boolean mountedFromEmptyDir(JsonNode pod, JsonNode container, String path) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals(path)) {
                for (JsonNode volume : pod.path("volumes")) {
                    if (volume.path("name").asText().equals(mount.path("name").asText()) && volume.has("emptyDir")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean targets(Manifests manifests, String kind, java.util.function.Function<JsonNode, String> target,
                                   String app) {
        return manifests.ofKind(kind).stream().anyMatch(o -> target.apply(o).equals(app));
    }

    /** spring.lifecycle.timeout-per-shutdown-phase of the deployment settings (k8s/base/config/<app>.yml). */
    static int shutdownPhaseSeconds(String app) {
        JsonNode config = Repo.yaml(Repo.path("k8s/base/config/" + app + ".yml"));
        String timeout = config.path("spring").path("lifecycle").path("timeout-per-shutdown-phase").asText("30s");
        return (int) org.springframework.boot.convert.DurationStyle.detectAndParse(timeout).toSeconds();
    }
}
