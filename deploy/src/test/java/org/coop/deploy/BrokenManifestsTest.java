package org.coop.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The checks catch what they are for: small broken fixtures (test resources, broken/) and deliberate breaks of the
 * real manifests and compose file each give a problem that names the fault.
 */
class BrokenManifestsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "deployment-unknown-field.yaml          | imagePullPolicyy",
        "deployment-missing-required-field.yaml | name",
        "kafkatopic-unknown-field.yaml          | partition",
        "kafkatopic-missing-spec.yaml           | missing required field spec",
        "kafkauser-field-of-an-older-version.yaml | operation",
        "kafkanodepool-unknown-role.yaml        | roles[0]",
        "mongodb-unknown-field.yaml             | member",
        "mongodb-missing-required-field.yaml    | roles",
        "servicemonitor-unknown-field.yaml      | endpoint",
        "httproute-unknown-field.yaml           | backendRef",
        "unknown-kind.yaml                      | no schema known for extensions/v1beta1/Ingress"})
    void aBrokenObjectFailsSchemaValidation(String fixture, String named) throws IOException {
        List<JsonNode> objects = Repo.yamlDocuments(resource("broken/" + fixture));
        assertThat(objects).hasSize(1);
        assertThat(KubernetesSchemas.problems(objects.get(0))).as(fixture).isNotEmpty()
                .anySatisfy(problem -> assertThat(problem).contains(named));
    }

    @Test
    void aMissingTopicFails() {
        Manifests broken = without(Manifests.baseFiles(), "KafkaTopic", "forum.meetings.v1");
        assertThat(KafkaChecks.topicProblems(broken, 3, 2))
                .anySatisfy(p -> assertThat(p).contains("no KafkaTopic for forum.meetings.v1"));
    }

    @Test
    void aTopicTheCodeDoesNotHaveFails() {
        Manifests base = Manifests.baseFiles();
        ObjectNode extra = Repo.copy(base.find("KafkaTopic", "forum.meetings.v1").orElseThrow());
        ((ObjectNode) extra.path("metadata")).put("name", "forum.minutes.v1");
        List<JsonNode> objects = new ArrayList<>(base.objects());
        objects.add(extra);
        assertThat(KafkaChecks.topicProblems(base.with(objects), 3, 2))
                .anySatisfy(p -> assertThat(p).contains("forum.minutes.v1 is not a topic of the code"));
    }

    @Test
    void aCompactedTopicTurnedToDeleteFails() {
        Manifests broken = alter(Manifests.baseFiles(), "KafkaTopic", "matchmaking.subscriptions.v1",
                t -> ((ObjectNode) t.path("spec").path("config")).put("cleanup.policy", "delete"));
        assertThat(KafkaChecks.topicProblems(broken, 3, 2))
                .anySatisfy(p -> assertThat(p).contains("matchmaking.subscriptions.v1").contains("compact"));
    }

    @Test
    void anAclBeyondWhatTheCodeDoesFails() {
        Manifests broken = alter(Manifests.baseFiles(), "KafkaUser", "proposal-kafka", user ->
                ((ArrayNode) user.path("spec").path("authorization").path("acls")).addObject()
                        .<ObjectNode>set("resource", Repo.JSON.createObjectNode().put("type", "topic")
                                .put("name", "matchmaking.matches.v1").put("patternType", "literal"))
                        .set("operations", Repo.JSON.createArrayNode().add("Write")));
        assertThat(KafkaChecks.userProblems(broken))
                .anySatisfy(p -> assertThat(p).contains("proposal-kafka grants what").contains("topic:matchmaking.matches.v1:Write"));
    }

    @Test
    void aMissingAclFails() {
        Manifests broken = alter(Manifests.baseFiles(), "KafkaUser", "matchmaking-kafka", user -> {
            ArrayNode acls = (ArrayNode) user.path("spec").path("authorization").path("acls");
            for (int i = acls.size() - 1; i >= 0; i--) {
                if (acls.get(i).path("resource").path("name").asText().equals("matchmaking-webhooks")) {
                    acls.remove(i);
                }
            }
        });
        assertThat(KafkaChecks.userProblems(broken))
                .anySatisfy(p -> assertThat(p).contains("matchmaking-kafka lacks").contains("group:matchmaking-webhooks:Read"));
    }

    @Test
    void aDeploymentWithoutReadinessProbeOrLimitsFails() {
        Manifests broken = alter(Manifests.baseFiles(), "Deployment", "proposal", d -> {
            ObjectNode container = (ObjectNode) d.path("spec").path("template").path("spec").path("containers").path(0);
            container.remove("readinessProbe");
            ((ObjectNode) container.path("resources")).remove("limits");
        });
        assertThat(ApplicationChecks.problems(broken))
                .anySatisfy(p -> assertThat(p).contains("proposal").contains("readinessProbe"))
                .anySatisfy(p -> assertThat(p).contains("proposal").contains("no memory limits"));
    }

    @Test
    void aDeploymentRunningAsRootFails() {
        Manifests broken = alter(Manifests.baseFiles(), "Deployment", "gateway",
                d -> ((ObjectNode) d.path("spec").path("template").path("spec").path("securityContext")).put("runAsUser", 0));
        assertThat(ApplicationChecks.problems(broken)).anySatisfy(p -> assertThat(p).contains("gateway").contains("non-root"));
    }

    @Test
    void aNetworkPathNoCodeNeedsFails() {
        // The gateway's policy would let proposal reach it on 8080 anyway (JWKS); open forum-event -> proposal instead.
        Manifests broken = alter(Manifests.baseFiles(), "NetworkPolicy", "proposal", p -> {
            ArrayNode ingress = (ArrayNode) p.path("spec").path("ingress");
            ingress.addObject().set("from", Repo.JSON.createArrayNode().add(Repo.JSON.createObjectNode()
                    .set("podSelector", Repo.JSON.createObjectNode().set("matchLabels",
                            Repo.JSON.createObjectNode().put("app.kubernetes.io/name", "forum-event")))));
        });
        broken = alter(broken, "NetworkPolicy", "forum-event", p ->
                ((ArrayNode) p.path("spec").path("egress")).addObject().set("to", Repo.JSON.createArrayNode().add(
                        Repo.JSON.createObjectNode().set("podSelector", Repo.JSON.createObjectNode().set("matchLabels",
                                Repo.JSON.createObjectNode().put("app.kubernetes.io/name", "proposal"))))));
        assertThat(NetworkChecks.problems(broken)).anySatisfy(p -> assertThat(p).contains("forum-event -> proposal:8082"));
    }

    @Test
    void aClosedNetworkPathTheCodeNeedsFails() {
        Manifests broken = without(Manifests.baseFiles(), "NetworkPolicy", "gateway");
        assertThat(NetworkChecks.problems(broken)).anySatisfy(p -> assertThat(p).contains("gateway -> matchmaking:8081"));
    }

    @Test
    void aRouteToAServiceOtherThanTheGatewayFails() {
        Manifests broken = alter(Manifests.baseFiles(), "HTTPRoute", "coop", route ->
                ((ObjectNode) route.path("spec").path("rules").path(1).path("backendRefs").path(0))
                        .put("name", "matchmaking").put("port", 8081));
        assertThat(ApplicationChecks.problems(broken))
                .anySatisfy(p -> assertThat(p).contains("HTTPRoute coop sends traffic to").contains("matchmaking"));
    }

    @Test
    void aComposeFileWithAnUnknownKeyFails() throws IOException {
        JsonNode compose = ComposeChecks.load(resource("broken/compose-unknown-key.yml"));
        assertThat(ComposeChecks.schemaProblems(compose)).anySatisfy(p -> assertThat(p).contains("intervall"));
    }

    @Test
    void aComposeServiceStartedBeforeItsStoreIsHealthyFails() {
        String text = Repo.read(Repo.path("docker-compose.yml"))
                .replace("mongo: {condition: service_healthy}\n    gateway:", "mongo: {condition: service_started}\n    gateway:");
        JsonNode compose = ComposeChecks.load(text);
        assertThat(ComposeChecks.problems(compose, Manifests.baseFiles()))
                .anySatisfy(p -> assertThat(p).contains("depends on mongo without condition service_healthy"));
    }

    @Test
    void aComposeImageOtherThanTheBuildsFails() {
        String text = Repo.read(Repo.path("docker-compose.yml")).replace("image: coop/proposal:", "image: coop/proposals:");
        assertThat(ComposeChecks.problems(ComposeChecks.load(text), Manifests.baseFiles()))
                .anySatisfy(p -> assertThat(p).contains("service proposal: image coop/proposals:"));
    }

    private static Manifests without(Manifests manifests, String kind, String name) {
        return manifests.with(manifests.objects().stream()
                .filter(o -> !(o.path("kind").asText().equals(kind) && Manifests.name(o).equals(name))).toList());
    }

    private static Manifests alter(Manifests manifests, String kind, String name, java.util.function.Consumer<ObjectNode> change) {
        List<JsonNode> objects = new ArrayList<>();
        boolean found = false;
        for (JsonNode object : manifests.objects()) {
            if (object.path("kind").asText().equals(kind) && Manifests.name(object).equals(name)) {
                ObjectNode copy = Repo.copy(object);
                change.accept(copy);
                objects.add(copy);
                found = true;
            } else {
                objects.add(object);
            }
        }
        assertThat(found).as(kind + " " + name + " in " + manifests).isTrue();
        return manifests.with(objects);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BrokenManifestsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
