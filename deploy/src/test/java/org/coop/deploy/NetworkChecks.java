package org.coop.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.coop.deploy.CodeFacts.Deployable;

/**
 * Reads the NetworkPolicies (and the Kafka listener's own peers, from which Strimzi writes its policy) as a pod
 * would be treated, and compares the paths they open between the applications and the data stores with the paths
 * the code needs: the gateway's routes, the services' JWKS address, Kafka for the services that use it, the store
 * for every application with a database. An extra path is as wrong as a missing one.
 */
final class NetworkChecks {

    /** A path from one workload to another on one port. */
    record Path(String from, String to, int port) implements Comparable<Path> {
        @Override
        public int compareTo(Path other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return from + " -> " + to + ":" + port;
        }
    }

    static final String KAFKA = "kafka";
    static final String MONGODB = "mongodb";

    private NetworkChecks() {
    }

    /** The paths the code needs. */
    static Set<Path> neededPaths() {
        Set<Path> paths = new TreeSet<>();
        JsonNode gateway = Repo.yaml(Repo.path("k8s/base/config/gateway.yml"));
        for (Iterator<JsonNode> routes = gateway.path("platform").path("gateway").path("routes").elements(); routes.hasNext(); ) {
            URI uri = URI.create(routes.next().path("uri").asText());
            paths.add(new Path("gateway", uri.getHost(), uri.getPort()));
        }
        URI jwks = URI.create(env("k8s/base/environment.env").get("PLATFORM_SECURITY_JWK_SET_URI"));
        for (Deployable deployable : CodeFacts.deployables()) {
            String app = deployable.name();
            if (CodeFacts.serviceName(deployable).isPresent()) {
                paths.add(new Path(app, jwks.getHost(), jwks.getPort()));
            }
            if (CodeFacts.usesKafka(deployable)) {
                URI kafka = URI.create("kafka://" + env("k8s/base/kafka-client.env").get("SPRING_KAFKA_BOOTSTRAP_SERVERS"));
                paths.add(new Path(app, KAFKA, kafka.getPort()));
            }
            if (CodeFacts.mongoDatabase(deployable).isPresent()) {
                paths.add(new Path(app, MONGODB, 27017));
            }
        }
        return paths;
    }

    /** The paths the policies open between the applications and the stores, on every port any of them listens on. */
    static Set<Path> openPaths(Manifests manifests) {
        Map<String, JsonNode> workloads = new LinkedHashMap<>();
        Map<String, Set<Integer>> ports = new LinkedHashMap<>();
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            String app = Manifests.name(deployment);
            workloads.put(app, deployment.path("spec").path("template").path("metadata").path("labels"));
            Set<Integer> listening = new TreeSet<>();
            deployment.path("spec").path("template").path("spec").path("containers").forEach(c ->
                    c.path("ports").forEach(p -> listening.add(p.path("containerPort").asInt())));
            ports.put(app, listening);
        }
        workloads.put(KAFKA, Repo.JSON.createObjectNode().put("strimzi.io/cluster", "coop").put("strimzi.io/kind", "Kafka"));
        ports.put(KAFKA, Set.of(9093));
        workloads.put(MONGODB, Repo.JSON.createObjectNode().put("app", "coop-mongo-svc"));
        ports.put(MONGODB, Set.of(27017));

        List<JsonNode> policies = manifests.ofKind("NetworkPolicy");
        Set<Path> open = new TreeSet<>();
        for (var from : workloads.entrySet()) {
            if (from.getKey().equals(KAFKA) || from.getKey().equals(MONGODB)) {
                continue;
            }
            for (var to : workloads.entrySet()) {
                if (to.getKey().equals(from.getKey())) {
                    continue;
                }
                for (int port : ports.get(to.getKey())) {
                    boolean egress = allows(policies, "Egress", from.getValue(), to.getValue(), port);
                    boolean ingress = to.getKey().equals(KAFKA)
                            ? kafkaListenerAdmits(manifests, from.getValue())
                            : allows(policies, "Ingress", to.getValue(), from.getValue(), port);
                    if (egress && ingress) {
                        open.add(new Path(from.getKey(), to.getKey(), port));
                    }
                }
            }
        }
        return open;
    }

    static List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        if (manifests.find("NetworkPolicy", "default-deny").map(p -> p.path("spec").path("podSelector").isEmpty()
                && p.path("spec").path("policyTypes").toString().contains("Ingress")
                && p.path("spec").path("policyTypes").toString().contains("Egress")
                && !p.path("spec").has("ingress") && !p.path("spec").has("egress")).orElse(false) == Boolean.FALSE) {
            problems.add(manifests + ": no NetworkPolicy default-deny denying all ingress and egress of every pod");
        }
        problems.addAll(routeTargetProblems());
        Set<Path> needed = neededPaths();
        Set<Path> open = openPaths(manifests);
        Set<Path> missing = new TreeSet<>(needed);
        missing.removeAll(open);
        Set<Path> extra = new TreeSet<>(open);
        extra.removeAll(needed);
        missing.forEach(p -> problems.add(manifests + ": the code needs " + p + ", the network policies close it"));
        extra.forEach(p -> problems.add(manifests + ": the network policies open " + p + ", which no code needs"));
        return problems;
    }

    /**
     * Every route the gateway's own configuration declares is pointed, in the deployment settings, at the Service of
     * a deployable on that deployable's port (the built-in addresses are the local stack's localhost ones).
     */
    static List<String> routeTargetProblems() {
        List<String> problems = new ArrayList<>();
        JsonNode builtIn = Repo.yaml(CodeFacts.deployable("gateway").configFile()).path("platform").path("gateway").path("routes");
        JsonNode deployed = Repo.yaml(Repo.path("k8s/base/config/gateway.yml")).path("platform").path("gateway").path("routes");
        for (Map.Entry<String, JsonNode> route : builtIn.properties()) {
            String uri = deployed.path(route.getKey()).path("uri").asText();
            if (uri.isEmpty()) {
                problems.add("k8s/base/config/gateway.yml: route " + route.getKey() + " of the gateway has no address here");
                continue;
            }
            URI target = URI.create(uri);
            var deployable = CodeFacts.deployables().stream().filter(d -> d.name().equals(target.getHost())).findFirst();
            if (deployable.isEmpty() || CodeFacts.port(deployable.get()) != target.getPort()) {
                problems.add("k8s/base/config/gateway.yml: route " + route.getKey() + " -> " + uri
                        + " is not a deployable's Service on its port");
            }
        }
        return problems;
    }

    /** Whether some policy of the given type selecting {@code pod} has a rule naming {@code peer} (same namespace) on the port. */
    private static boolean allows(List<JsonNode> policies, String type, JsonNode pod, JsonNode peer, int port) {
        for (JsonNode policy : policies) {
            JsonNode spec = policy.path("spec");
            if (!spec.path("policyTypes").toString().contains(type) || !matches(spec.path("podSelector"), pod)) {
                continue;
            }
            for (JsonNode rule : spec.path(type.equals("Ingress") ? "ingress" : "egress")) {
                boolean peerMatches = false;
                for (JsonNode p : rule.path(type.equals("Ingress") ? "from" : "to")) {
                    if (p.has("podSelector") && !p.has("namespaceSelector") && !p.has("ipBlock")
                            && matches(p.path("podSelector"), peer)) {
                        peerMatches = true;
                    }
                }
                boolean portMatches = !rule.has("ports") || rule.path("ports").isEmpty();
                for (JsonNode p : rule.path("ports")) {
                    if (p.path("port").asInt(-1) == port) {
                        portMatches = true;
                    }
                }
                if (peerMatches && portMatches) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean kafkaListenerAdmits(Manifests manifests, JsonNode pod) {
        for (JsonNode kafka : manifests.ofKind("Kafka")) {
            for (JsonNode listener : kafka.path("spec").path("kafka").path("listeners")) {
                if (listener.path("port").asInt() != 9093) {
                    continue;
                }
                if (!listener.has("networkPolicyPeers")) {
                    return true;
                }
                for (JsonNode peer : listener.path("networkPolicyPeers")) {
                    if (peer.has("podSelector") && !peer.has("namespaceSelector") && matches(peer.path("podSelector"), pod)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A label selector with matchLabels only (the manifests use no matchExpressions in policies). */
    private static boolean matches(JsonNode selector, JsonNode labels) {
        if (selector.has("matchExpressions")) {
            throw new IllegalStateException("matchExpressions in a network policy selector: teach NetworkChecks");
        }
        for (Map.Entry<String, JsonNode> label : selector.path("matchLabels").properties()) {
            if (!label.getValue().asText().equals(labels.path(label.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    static Map<String, String> env(String file) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Repo.read(Repo.path(file)).split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                values.put(trimmed.substring(0, trimmed.indexOf('=')), trimmed.substring(trimmed.indexOf('=') + 1));
            }
        }
        return values;
    }
}
