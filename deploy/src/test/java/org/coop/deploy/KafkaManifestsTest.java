package org.coop.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.coop.platform.events.Topics;
import org.junit.jupiter.api.Test;

/** The KafkaTopics and KafkaUsers of every kustomization against the code. */
class KafkaManifestsTest {

    @Test
    void onlyThePlatformsOwnTestProbeTopicIsACatalogTopicWithoutEvents() {
        assertThat(CodeFacts.topicsWithoutEvents()).containsExactly(Topics.PLATFORM_PROBES);
    }

    @Test
    void kafkaTopicsAreExactlyTheEventTopicsAndTheDeadLetterTopicsOfTheCode() {
        for (Manifests manifests : Manifests.all()) {
            boolean dev = manifests.source().endsWith("dev");
            assertThat(KafkaChecks.topicProblems(manifests, dev ? 1 : 3, dev ? 1 : 2)).as(manifests.source()).isEmpty();
        }
    }

    @Test
    void eachKafkaUserAllowsExactlyWhatItsServiceProducesAndConsumes() {
        for (Manifests manifests : Manifests.all()) {
            assertThat(KafkaChecks.userProblems(manifests)).as(manifests.source()).isEmpty();
        }
    }

    @Test
    void noServiceTalksToKafkaInAWayTheseChecksDoNotModel() {
        for (CodeFacts.Deployable deployable : CodeFacts.deployables()) {
            assertThat(CodeFacts.unmodelledKafkaClients(deployable)).as(deployable.name()).isEmpty();
        }
    }

    @Test
    void noServiceMayWriteAnotherServicesTopic() {
        for (CodeFacts.Deployable deployable : CodeFacts.deployables()) {
            String prefix = switch (deployable.name()) {
                case "approval-workflow" -> "approval.";
                case "forum-event" -> "forum.";
                default -> deployable.name() + ".";
            };
            CodeFacts.expectedAcls(deployable).stream()
                    .filter(acl -> acl.operation().equals("Write"))
                    .forEach(acl -> assertThat(acl.name()).as(deployable.name() + " writes " + acl.name())
                            .satisfiesAnyOf(n -> assertThat(n).startsWith(prefix),
                                    n -> assertThat(n).isEqualTo(deployable.name() + ".dlq")));
        }
    }
}
