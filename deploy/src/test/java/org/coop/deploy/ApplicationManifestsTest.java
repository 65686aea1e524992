package org.coop.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.coop.deploy.CodeFacts.Deployable;
import org.junit.jupiter.api.Test;

/** The applications' Deployments, their network paths, their data and their secrets, against the code and the docs. */
class ApplicationManifestsTest {

    @Test
    void everyApplicationTheBuildMakesIsDeployedWithProbesLimitsNonRootAndGracefulShutdown() {
        assertThat(CodeFacts.deployables()).extracting(Deployable::name)
                .containsExactly("gateway", "approval-workflow", "matchmaking", "forum-event", "proposal");
        for (Manifests manifests : Manifests.all()) {
            assertThat(ApplicationChecks.problems(manifests)).as(manifests.source()).isEmpty();
        }
    }

    @Test
    void networkPoliciesOpenExactlyThePathsTheCodeNeeds() {
        for (Manifests manifests : Manifests.all()) {
            assertThat(NetworkChecks.problems(manifests)).as(manifests.source()).isEmpty();
        }
    }

    @Test
    void theDataFilesDeployedAreTheOnesEachServiceIsBuiltAndTestedWith() {
        int checked = 0;
        for (Deployable deployable : CodeFacts.deployables()) {
            JsonNode settings = Repo.yaml(Repo.path("k8s/base/config/" + deployable.name() + ".yml"));
            for (Map.Entry<String, String> entry : leaves(settings, "").entrySet()) {
                if (!entry.getValue().startsWith("file:/etc/coop/data/")) {
                    continue;
                }
                String builtIn = CodeFacts.environment(deployable).getProperty(entry.getKey());
                assertThat(builtIn).as(entry.getKey() + " of " + deployable.name()).startsWith("classpath:");
                Path original = deployable.dir().resolve("src/main/resources/" + builtIn.substring("classpath:".length()));
                String file = entry.getValue().substring("file:/etc/coop/data/".length());
                assertThat(Repo.bytes(Repo.path("k8s/base/config/data/" + file)))
                        .as("k8s/base/config/data/" + file + " must equal " + Repo.root().relativize(original))
                        .isEqualTo(Repo.bytes(original));
                assertThat(Repo.read(Repo.path("k8s/base/kustomization.yaml")))
                        .contains("name: " + deployable.name() + "-data").contains("config/data/" + file);
                checked++;
            }
        }
        assertThat(checked).as("vocabulary, weights, trip policy").isEqualTo(3);
    }

    @Test
    void theSecretsToCreateAreDocumentedAndNoSecretIsInGit() {
        String operations = Repo.read(Repo.path("docs/operations.md"));
        Manifests base = Manifests.base();
        assertThat(ApplicationChecks.secretsToCreate(base)).isNotEmpty()
                .allSatisfy(secret -> assertThat(operations).contains(secret));
        assertThat(base.ofKind("Secret")).isEmpty();
        assertThat(Repo.read(Repo.path("k8s/base/kustomization.yaml"))).doesNotContain("secretGenerator");
    }

    @Test
    void theDashboardIsGrafanaJsonWithAQueryOnEveryPanel() throws Exception {
        JsonNode dashboard = Repo.JSON.readTree(Repo.read(Repo.path("k8s/base/monitoring/dashboards/cooperation-platform.json")));
        assertThat(dashboard.path("uid").asText()).isNotBlank();
        assertThat(dashboard.path("panels")).isNotEmpty().allSatisfy(panel ->
                assertThat(panel.path("targets").path(0).path("expr").asText()).isNotBlank());
    }

    @Test
    void theImageIsBuiltForANumericNonRootUserAsKubernetesRunsIt() {
        String dockerfile = Repo.read(Repo.path("Dockerfile"));
        assertThat(dockerfile).contains("USER 10001:10001").contains("ARG JAR").contains("COPY ${JAR} /app/app.jar");
        for (JsonNode deployment : Manifests.baseFiles().ofKind("Deployment")) {
            assertThat(deployment.path("spec").path("template").path("spec").path("securityContext").path("runAsUser").asInt())
                    .isEqualTo(10001);
        }
    }

    private static Map<String, String> leaves(JsonNode node, String prefix) {
        Map<String, String> leaves = new java.util.TreeMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            if (field.getValue().isObject()) {
                leaves.putAll(leaves(field.getValue(), key));
            } else {
                leaves.put(key, field.getValue().asText());
            }
        }
        return leaves;
    }
}
