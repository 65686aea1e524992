package org.coop.matchmaking.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.coop.platform.events.CloudEventHeaders;
import org.coop.platform.events.EventEnvelope;
import org.coop.platform.events.EventJson;
import org.coop.platform.events.EventSchemas;
import org.coop.platform.events.Topics;
import org.coop.platform.events.proposal.ProposalConcluded;
import org.coop.platform.events.proposal.ProposalParty;
import org.coop.platform.test.KafkaTopicReader;
import org.coop.platform.test.KafkaTopicWriter;
import org.coop.platform.test.PlatformInfrastructure;
import org.coop.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A concluded proposal (hand-made, as the proposal service publishes it) fulfils its need, once. */
@MatchmakingIntegrationTest
class ProposalConcludedTest {

    @LocalServerPort
    int port;

    @Test
    void aConcludedProposalNamingTheNeedFulfilsItAndTheNeedSaysSoOnItsTopic(TestTokens tokens,
                                                                            PlatformInfrastructure infra)
            throws Exception {
        String collegeOrg = Api.org("chongqing-college");
        Api college = Api.as(port, Api.college(tokens, collegeOrg));
        String needId = (String) college.created("/needs", Bodies.with(Bodies.need("Teacher training"),
                "modes", List.of("teacher-training"))).get("id");

        ProposalConcluded concluded = new ProposalConcluded("proposal-" + needId, null, needId,
                "Teacher training MOU", "COLLEGE_COMPANY", List.of(new ProposalParty(collegeOrg, "COLLEGE", "CN"),
                new ProposalParty("org-partner", "COMPANY", "VN")), Instant.now());
        byte[] data = EventJson.toBytes(concluded);
        assertThat(EventSchemas.violations("org.coop.proposal.ProposalConcluded.v1", data)).isEmpty();
        EventEnvelope envelope = EventEnvelope.create(concluded, "proposal", Instant.now());
        // delivered twice: the need is fulfilled once
        KafkaTopicWriter.send(infra.kafkaBootstrapServers(), Topics.PROPOSAL_PROPOSALS, envelope.key(), data,
                envelope.toHeaders(), 2);

        await().atMost(Duration.ofSeconds(60)).until(() ->
                "FULFILLED".equals(college.ok(college.get("/needs/" + needId)).get("status")));
        assertThat(college.ok(college.get("/needs/" + needId)).get("fulfilledByProposal"))
                .isEqualTo("proposal-" + needId);
        var fulfilled = KafkaTopicReader.readUntil(infra.kafkaBootstrapServers(), Topics.MATCHMAKING_NEEDS,
                record -> needId.equals(record.key()) && "org.coop.matchmaking.NeedFulfilled.v1".equals(
                        KafkaTopicReader.header(record, CloudEventHeaders.TYPE)), 1, Duration.ofSeconds(60));
        // delivered twice, handled once
        assertThat(fulfilled).hasSize(1);
        assertThat(EventSchemas.violations("org.coop.matchmaking.NeedFulfilled.v1", fulfilled.get(0).value())).isEmpty();
    }
}
