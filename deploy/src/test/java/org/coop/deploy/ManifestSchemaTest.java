package org.coop.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every object of every kustomization is valid against the Kubernetes {@value KubernetesSchemas#KUBERNETES_RELEASE}
 * API and the operators' schemas (see {@link KubernetesSchemas}).
 */
class ManifestSchemaTest {

    @Test
    void everyObjectOfTheBaseFilesIsValidEvenWithoutKubectl() {
        assertThat(problems(Manifests.baseFiles())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectOfTheRenderedOverlayIsValid(String overlay) {
        assumeTrue(Kustomize.kubectl().isPresent(), Kustomize.whyNotRendered());
        Manifests manifests = Manifests.overlay(overlay);
        assertThat(manifests.objects()).hasSizeGreaterThan(50);
        assertThat(problems(manifests)).isEmpty();
    }

    @Test
    void theRenderedBaseIsValid() {
        assumeTrue(Kustomize.kubectl().isPresent(), Kustomize.whyNotRendered());
        assertThat(problems(Manifests.base())).isEmpty();
    }

    static List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (JsonNode object : manifests.objects()) {
            KubernetesSchemas.problems(object).forEach(p -> problems.add(manifests + ": " + p));
        }
        return problems;
    }
}
