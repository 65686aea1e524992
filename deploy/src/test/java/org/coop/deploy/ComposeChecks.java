package org.coop.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.coop.deploy.CodeFacts.Deployable;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml against the Compose specification's schema and against k8s/: the same images, the same
 * deployment settings files and data, the same memory and CPU limits, non-root and read-only as in Kubernetes,
 * health checks on Boot's health groups, start order by health, MongoDB as an initiated replica set, and the
 * services' API descriptions reachable from the host.
 */
final class ComposeChecks {

    static final String SCHEMA = "compose-spec/compose-spec.json";

    private static volatile Schema schema;

    private ComposeChecks() {
    }

    /** The file as Compose reads it: YAML with its merge keys ({@code <<: *anchor}) applied. */
    static JsonNode load(String text) {
        Object document = new Yaml().load(text);
        return Repo.JSON.valueToTree(document);
    }

    static List<String> schemaProblems(JsonNode compose) {
        return schema().validate(compose).stream().map(Object::toString).toList();
    }

    static List<String> problems(JsonNode compose, Manifests k8s) {
        List<String> problems = new ArrayList<>(schemaProblems(compose));
        JsonNode services = compose.path("services");
        String version = CodeFacts.projectVersion();
        for (Deployable deployable : CodeFacts.deployables()) {
            String app = deployable.name();
            String where = "docker-compose.yml: service " + app + ": ";
            JsonNode service = services.path(app);
            if (service.isMissingNode()) {
                problems.add("docker-compose.yml: no service " + app + ", which the build makes");
                continue;
            }
            if (!service.path("image").asText().equals(deployable.image(version))) {
                problems.add(where + "image " + service.path("image").asText() + ", k8s/ and the build use "
                        + deployable.image(version));
            }
            if (!service.path("build").path("args").path("JAR").asText().equals(deployable.jar(version))) {
                problems.add(where + "build argument JAR must be " + deployable.jar(version));
            }
            String health = service.path("healthcheck").path("test").toString();
            if (!health.contains(ApplicationChecks.READINESS) && !health.contains(ApplicationChecks.LIVENESS)) {
                problems.add(where + "healthcheck must ask one of Boot's health groups");
            }
            for (Map.Entry<String, JsonNode> dependency : service.path("depends_on").properties()) {
                if (!dependency.getValue().path("condition").asText().equals("service_healthy")) {
                    problems.add(where + "depends on " + dependency.getKey() + " without condition service_healthy");
                }
            }
            if (service.path("depends_on").isEmpty()) {
                problems.add(where + "depends on nothing: it needs the store (and Kafka) healthy first");
            }
            if (!service.path("read_only").asBoolean(false) || !service.path("tmpfs").toString().contains("/tmp")) {
                problems.add(where + "read-only root file system with a tmpfs /tmp, as in Kubernetes");
            }
            if (!service.path("user").asText().equals("10001:10001")) {
                problems.add(where + "must run as 10001:10001, as in Kubernetes");
            }
            String port = String.valueOf(CodeFacts.port(deployable));
            if (!service.path("environment").path("SERVER_PORT").asText().equals(port)) {
                problems.add(where + "SERVER_PORT must be " + port + " (the health check asks that port)");
            }
            if (CodeFacts.serviceName(deployable).isPresent()
                    && !service.path("ports").toString().contains(":" + port + ":" + port)) {
                problems.add(where + "publish port " + port + " so its API description (/v3/api-docs) is reachable");
            }
            String mongo = service.path("environment").path("SPRING_MONGODB_URI").asText();
            if (CodeFacts.mongoDatabase(deployable).isPresent() && !mongo.contains("replicaSet=")) {
                problems.add(where + "SPRING_MONGODB_URI must name the replica set");
            }
            problems.addAll(sameSettingsAsKubernetes(service, deployable, k8s, where));
        }
        problems.addAll(mongoReplicaSetProblems(services));
        return problems;
    }

    private static List<String> sameSettingsAsKubernetes(JsonNode service, Deployable deployable, Manifests k8s,
                                                         String where) {
        List<String> problems = new ArrayList<>();
        String app = deployable.name();
        Set<String> volumes = new TreeSet<>();
        service.path("volumes").forEach(v -> volumes.add(v.asText()));
        String config = "./k8s/base/config/" + app + ".yml:/etc/coop/config/" + app + ".yml:ro";
        if (!volumes.contains(config)) {
            problems.add(where + "must mount its deployment settings as k8s does: " + config);
        }
        boolean data = k8s.find("Deployment", app).map(d -> d.toString().contains("\"mountPath\":\"/etc/coop/data\""))
                .orElse(false);
        if (data != volumes.contains("./k8s/base/config/data:/etc/coop/data:ro")) {
            problems.add(where + (data ? "must mount" : "must not mount") + " ./k8s/base/config/data at /etc/coop/data, as k8s "
                    + (data ? "does" : "does not"));
        }
        Map<String, String> environment = NetworkChecks.env("k8s/base/environment.env");
        for (String key : List.of("SPRING_CONFIG_ADDITIONAL_LOCATION", "PLATFORM_SECURITY_JWK_SET_URI")) {
            if (!service.path("environment").path(key).asText().equals(environment.get(key))) {
                problems.add(where + key + " must be " + environment.get(key) + ", as k8s/base/environment.env has it");
            }
        }
        Optional<JsonNode> deployment = k8s.find("Deployment", app);
        if (deployment.isPresent()) {
            JsonNode limits = deployment.get().path("spec").path("template").path("spec").path("containers").path(0)
                    .path("resources").path("limits");
            JsonNode composeLimits = service.path("deploy").path("resources").path("limits");
            if (mebibytes(limits.path("memory").asText()) != mebibytes(composeLimits.path("memory").asText())) {
                problems.add(where + "memory limit " + composeLimits.path("memory").asText() + ", k8s/base has "
                        + limits.path("memory").asText());
            }
            if (Double.parseDouble(cpus(limits.path("cpu").asText())) != Double.parseDouble(composeLimits.path("cpus").asText("0"))) {
                problems.add(where + "cpus " + composeLimits.path("cpus").asText() + ", k8s/base limits cpu to "
                        + limits.path("cpu").asText());
            }
        }
        return problems;
    }

    private static List<String> mongoReplicaSetProblems(JsonNode services) {
        List<String> problems = new ArrayList<>();
        if (!services.path("mongo").path("command").toString().contains("--replSet")) {
            problems.add("docker-compose.yml: mongo must run as a replica set (--replSet)");
        }
        boolean initiated = false;
        for (JsonNode service : services) {
            if (service.toString().contains("rs.initiate")) {
                initiated = true;
            }
        }
        if (!initiated) {
            problems.add("docker-compose.yml: nothing initiates the replica set (rs.initiate)");
        }
        return problems;
    }

    /** Kubernetes quantities (Mi, Gi) and Compose byte values (M, G: binary units) in mebibytes. */
    static long mebibytes(String value) {
        String v = value.trim();
        if (v.endsWith("Gi")) {
            return Long.parseLong(v.substring(0, v.length() - 2)) * 1024;
        }
        if (v.endsWith("Mi")) {
            return Long.parseLong(v.substring(0, v.length() - 2));
        }
        if (v.toUpperCase().endsWith("G")) {
            return Long.parseLong(v.substring(0, v.length() - 1)) * 1024;
        }
        if (v.toUpperCase().endsWith("M")) {
            return Long.parseLong(v.substring(0, v.length() - 1));
        }
        return -1;
    }

    private static String cpus(String quantity) {
        return quantity.endsWith("m") ? String.valueOf(Double.parseDouble(quantity.replace("m", "")) / 1000) : quantity;
    }

    /**
     * The published schema names its parts with draft-04 {@code id}s although it declares draft 2019-09, whose
     * validator rejects that keyword; the ids are labels only (every {@code $ref} is a JSON pointer), so they are
     * left out in memory. Properties that happen to be called {@code id} (inside {@code properties}) stay.
     */
    static JsonNode withoutDraft4Ids(JsonNode node, String parentKey) {
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode object = (com.fasterxml.jackson.databind.node.ObjectNode) node;
            if (!parentKey.equals("properties") && object.path("id").isTextual()) {
                object.remove("id");
            }
            object.properties().forEach(field -> withoutDraft4Ids(field.getValue(), field.getKey()));
        } else if (node.isArray()) {
            node.forEach(item -> withoutDraft4Ids(item, ""));
        }
        return node;
    }

    private static Schema schema() {
        if (schema == null) {
            try (InputStream in = ComposeChecks.class.getClassLoader().getResourceAsStream(SCHEMA)) {
                JsonNode node = withoutDraft4Ids(Repo.JSON.readTree(in), "");
                // Compose's "duration" is Go's (10s, 1m30s), not ISO 8601's: formats annotate, they do not assert.
                schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
                                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                        .formatAssertionsEnabled(false).build()))
                        .getSchema(node);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }
}
