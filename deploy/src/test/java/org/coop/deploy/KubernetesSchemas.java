package org.coop.deploy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.JsonParser;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.strimzi.crdgenerator.annotations.PresentInVersions;
import io.strimzi.crdgenerator.annotations.RequiredInVersions;
import java.beans.Introspector;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates Kubernetes objects against the schema of their kind, failing on unknown fields, missing required fields
 * and wrong types:
 * <ul>
 *   <li>built-in kinds against the OpenAPI of Kubernetes {@value #KUBERNETES_RELEASE}, as compiled into the official
 *       Java client's models (io.kubernetes:client-java-api 26, whose {@code validateJsonElement} knows every
 *       field and every required field of each type);</li>
 *   <li>Strimzi's kinds against Strimzi's API model (io.strimzi:api, the classes its CRDs are generated from),
 *       for API version {@value #STRIMZI_VERSION}: unknown fields, fields required in that version, fields that
 *       exist only in older versions, enum values, polymorphic types;</li>
 *   <li>Prometheus Operator and Gateway API kinds against fabric8's models generated from their CRDs (unknown
 *       fields and types);</li>
 *   <li>MongoDBCommunity against the operator's published CRD schema (test resources, source named there), made
 *       strict as the API server's strict field validation is: no unknown field where the schema does not
 *       preserve unknown fields.</li>
 * </ul>
 * A kind with no schema here is a problem too: nothing reaches a cluster unchecked.
 */
final class KubernetesSchemas {

    static final String KUBERNETES_RELEASE = "1.35";
    static final String STRIMZI_VERSION = "v1";

    private static final Map<String, String> CORE = Map.ofEntries(
            Map.entry("v1/Namespace", "V1Namespace"),
            Map.entry("v1/ServiceAccount", "V1ServiceAccount"),
            Map.entry("v1/Service", "V1Service"),
            Map.entry("v1/ConfigMap", "V1ConfigMap"),
            Map.entry("v1/Secret", "V1Secret"),
            Map.entry("apps/v1/Deployment", "V1Deployment"),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", "V2HorizontalPodAutoscaler"),
            Map.entry("policy/v1/PodDisruptionBudget", "V1PodDisruptionBudget"),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", "V1NetworkPolicy"),
            Map.entry("rbac.authorization.k8s.io/v1/Role", "V1Role"),
            Map.entry("rbac.authorization.k8s.io/v1/RoleBinding", "V1RoleBinding"));

    private static final Map<String, Class<?>> MODELS = Map.of(
            "kafka.strimzi.io/v1/Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class,
            "kafka.strimzi.io/v1/KafkaNodePool", io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class,
            "kafka.strimzi.io/v1/KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class,
            "kafka.strimzi.io/v1/KafkaUser", io.strimzi.api.kafka.model.user.KafkaUser.class,
            "monitoring.coreos.com/v1/ServiceMonitor", io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor.class,
            "monitoring.coreos.com/v1/PodMonitor", io.fabric8.openshift.api.model.monitoring.v1.PodMonitor.class,
            "gateway.networking.k8s.io/v1/HTTPRoute", io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute.class);

    private static final String MONGODB = "mongodbcommunity.mongodb.com/v1/MongoDBCommunity";
    private static final String MONGODB_CRD = "schemas/mongodbcommunity.mongodb.com_mongodbcommunity.yaml";

    private static final ObjectMapper MODEL_MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private static volatile Schema mongoSchema;

    private KubernetesSchemas() {
    }

    /** What is wrong with one object; empty when it is valid. */
    static List<String> problems(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        String key = apiVersion + "/" + kind;
        String where = kind + " " + Manifests.name(object) + ": ";
        List<String> problems = new ArrayList<>();
        if (Manifests.name(object).isEmpty()) {
            problems.add(where + "metadata.name is missing");
        }
        if (CORE.containsKey(key)) {
            core(CORE.get(key), object).ifPresent(p -> problems.add(where + p));
        } else if (MODELS.containsKey(key)) {
            model(MODELS.get(key), object).forEach(p -> problems.add(where + p));
        } else if (key.equals(MONGODB)) {
            mongo().validate(Repo.JSON.valueToTree(object))
                    .forEach(error -> problems.add(where + error.toString()));
        } else {
            problems.add(where + "no schema known for " + key + " (teach KubernetesSchemas, or fix the apiVersion)");
        }
        return problems;
    }

    private static java.util.Optional<String> core(String type, JsonNode object) {
        try {
            Class<?> model = Class.forName("io.kubernetes.client.openapi.models." + type);
            Method validate = model.getMethod("validateJsonElement", com.google.gson.JsonElement.class);
            validate.invoke(null, JsonParser.parseString(Repo.JSON.writeValueAsString(object)));
            return java.util.Optional.empty();
        } catch (InvocationTargetException e) {
            String message = String.valueOf(e.getCause().getMessage());
            int json = message.indexOf(" JSON: ");
            return java.util.Optional.of(json > 0 ? message.substring(0, json) : message);
        } catch (ReflectiveOperationException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> model(Class<?> type, JsonNode object) {
        Object value;
        try {
            value = MODEL_MAPPER.treeToValue(object, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            return List.of(e.getMessage().lines().findFirst().orElse(e.toString()));
        }
        List<String> problems = new ArrayList<>();
        walk(value, "", problems, new IdentityHashMap<>());
        return problems;
    }

    /**
     * Walks a deserialized model object: fields the model did not know were kept in its additional properties;
     * Strimzi's version markers say which fields the {@value #STRIMZI_VERSION} API requires or no longer has.
     */
    private static void walk(Object value, String path, List<String> problems, IdentityHashMap<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, problems, seen));
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                if (item == null) {
                    // Strimzi reads an enum value it does not know as null.
                    problems.add("unknown or empty value at " + path + "[" + i + "]");
                }
                walk(item, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        String pkg = value.getClass().getPackageName();
        if (!pkg.startsWith("io.strimzi.") && !pkg.startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (!isProperty(getter)) {
                continue;
            }
            String property = propertyName(getter);
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            String at = path.isEmpty() ? property : path + "." + property;
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    unknown.keySet().forEach(k -> problems.add("unknown field " + (path.isEmpty() ? "" : path + ".") + k));
                }
                continue;
            }
            JsonProperty json = getter.getAnnotation(JsonProperty.class);
            RequiredInVersions requiredIn = getter.getAnnotation(RequiredInVersions.class);
            boolean required = (json != null && json.required())
                    || (requiredIn != null && inVersion(requiredIn.value(), STRIMZI_VERSION));
            if (required && isEmpty(child)) {
                problems.add("missing required field " + at);
            }
            PresentInVersions presentIn = getter.getAnnotation(PresentInVersions.class);
            if (presentIn != null && !inVersion(presentIn.value(), STRIMZI_VERSION) && !isEmpty(child)) {
                problems.add("field " + at + " does not exist in API version " + STRIMZI_VERSION
                        + " (only in " + presentIn.value() + ")");
            }
            walk(child, at, problems, seen);
        }
    }

    private static boolean isProperty(Method method) {
        String name = method.getName();
        return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                && (name.startsWith("get") && name.length() > 3 || name.startsWith("is") && name.length() > 2)
                && !name.equals("getClass") && method.getAnnotation(JsonIgnore.class) == null
                && !method.getReturnType().isPrimitive() || method.getName().equals("getAdditionalProperties");
    }

    private static String propertyName(Method getter) {
        JsonProperty json = getter.getAnnotation(JsonProperty.class);
        if (json != null && !json.value().isEmpty()) {
            return json.value();
        }
        String name = getter.getName();
        return Introspector.decapitalize(name.substring(name.startsWith("is") ? 2 : 3));
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
    }

    /** Strimzi's version ranges: {@code v1}, {@code v1+}, {@code v1alpha1-v1beta2}. */
    static boolean inVersion(String range, String version) {
        List<String> order = List.of("v1alpha1", "v1beta1", "v1beta2", "v1");
        int at = order.indexOf(version);
        for (String part : range.split(",")) {
            String r = part.trim();
            if (r.endsWith("+")) {
                if (at >= order.indexOf(r.substring(0, r.length() - 1))) {
                    return true;
                }
            } else if (r.contains("-")) {
                String[] ends = r.split("-");
                if (at >= order.indexOf(ends[0]) && at <= order.indexOf(ends[1])) {
                    return true;
                }
            } else if (r.equals(version)) {
                return true;
            }
        }
        return false;
    }

    private static Schema mongo() {
        if (mongoSchema == null) {
            JsonNode crd;
            try (var in = KubernetesSchemas.class.getClassLoader().getResourceAsStream(MONGODB_CRD)) {
                crd = Repo.yamlDocuments(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).get(0);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            JsonNode openApi = null;
            for (JsonNode version : crd.path("spec").path("versions")) {
                if (version.path("name").asText().equals("v1")) {
                    openApi = version.path("schema").path("openAPIV3Schema");
                }
            }
            ObjectNode strict = strict(openApi.deepCopy());
            strict.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            mongoSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(strict);
        }
        return mongoSchema;
    }

    /**
     * A structural CRD schema as the API server applies it with strict field validation: an object's fields are
     * those it lists unless it preserves unknown fields; {@code nullable} admits null.
     */
    static ObjectNode strict(ObjectNode schema) {
        boolean preserves = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (schema.has("properties") && !preserves && !schema.has("additionalProperties")) {
            schema.put("additionalProperties", false);
        }
        if (schema.path("nullable").asBoolean(false) && schema.has("type")) {
            ArrayNode types = schema.arrayNode().add(schema.get("type").asText()).add("null");
            schema.set("type", types);
        }
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            JsonNode child = entry.getValue();
            if (entry.getKey().equals("properties") && child.isObject()) {
                child.properties().forEach(p -> {
                    if (p.getValue().isObject()) {
                        strict((ObjectNode) p.getValue());
                    }
                });
            } else if ((entry.getKey().equals("items") || entry.getKey().equals("additionalProperties"))
                    && child.isObject()) {
                strict((ObjectNode) child);
            }
        }
        return schema;
    }
}
