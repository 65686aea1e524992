package org.coop.matchmaking.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coop.platform.events.CloudEventHeaders;
import org.coop.platform.events.EventEnvelope;
import org.coop.platform.events.EventJson;
import org.coop.platform.events.EventSchemas;
import org.coop.platform.events.Topics;
import org.coop.platform.events.proposal.ProposalConcluded;
import org.coop.platform.events.proposal.ProposalParty;
import org.coop.platform.test.KafkaTopicReader;
import org.coop.platform.test.PlatformInfrastructure;
import org.coop.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A concluded proposal (hand-made, as the proposal service will publish it) fulfils its need, once. */
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
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int copy = 0; copy < 2; copy++) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.PROPOSAL_PROPOSALS,
                        envelope.key(), data);
                envelope.toHeaders().forEach((name, value) -> record.headers()
                        .add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
                producer.send(record).get();
            }
        }

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
