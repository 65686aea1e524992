package org.coop.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** docker-compose.yml against the Compose specification and against k8s/. */
class ComposeFileTest {

    @Test
    void composeFileIsValidAgainstTheComposeSpecificationAndMatchesKubernetes() {
        var compose = ComposeChecks.load(Repo.read(Repo.path("docker-compose.yml")));
        assertThat(ComposeChecks.problems(compose, Manifests.baseFiles())).isEmpty();
    }
}
