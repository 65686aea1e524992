package org.coop.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coop.platform.messaging.ProbeFixtures.newProbeId;
import static org.coop.platform.messaging.ProbeFixtures.noteRecord;
import static org.coop.platform.messaging.ProbeFixtures.record;
import static org.coop.platform.messaging.ProbeFixtures.sendRaw;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.coop.platform.events.CloudEventHeaders;
import org.coop.platform.events.Topics;
import org.coop.platform.messaging.probe.ProbeApplication;
import org.coop.platform.messaging.probe.ProbeEffects;
import org.coop.platform.test.KafkaTopicReader;
import org.coop.platform.test.PlatformInfrastructure;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** The read path: an event delivered twice has one effect; poison goes to the dead-letter topic. */
@SpringBootTest(classes = ProbeApplication.class)
@WithPlatformInfrastructure
class IdempotentConsumerIntegrationTest {

    @Autowired
    ProbeEffects effects;
    @Autowired
    Inbox inbox;
    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void theSameEventDeliveredTwiceHasOneEffect(PlatformInfrastructure infra) throws Exception {
        String probeId = newProbeId();
        String eventId = UUID.randomUUID().toString();
        String markerId = UUID.randomUUID().toString();
        sendRaw(infra.kafkaBootstrapServers(), List.of(
                noteRecord(eventId, probeId, 1, "twice"),
                noteRecord(eventId, probeId, 1, "twice"),
                noteRecord(markerId, probeId, 2, "marker")));

        // Same key, same partition: once the marker is handled, both copies before it were too.
        await().atMost(Duration.ofSeconds(60)).until(() -> effects.count(markerId) == 1);
        assertThat(effects.count(eventId)).isEqualTo(1);
        assertThat(effects.order(probeId)).containsExactly("twice", "marker");
        assertThat(inbox.isDone("messaging-probe.probe-effects", eventId)).isTrue();
    }

    @Test
    void anEventTheHandlerHasNothingToDoForLeavesNoInboxRecord(PlatformInfrastructure infra) throws Exception {
        String probeId = newProbeId();
        String irrelevantId = UUID.randomUUID().toString();
        String markerId = UUID.randomUUID().toString();
        sendRaw(infra.kafkaBootstrapServers(), List.of(
                noteRecord(irrelevantId, probeId, 1, ProbeApplication.IRRELEVANT),
                noteRecord(markerId, probeId, 2, "marker")));

        await().atMost(Duration.ofSeconds(60)).until(() -> effects.count(markerId) == 1);
        assertThat(effects.count(irrelevantId)).isZero();
        assertThat(mongo.findById("messaging-probe.probe-effects/" + irrelevantId, Document.class, "inbox")
                .block(Duration.ofSeconds(10))).isNull();
        assertThat(inbox.isDone("messaging-probe.probe-effects", markerId)).isTrue();
    }

    @Test
    void aPoisonMessageIsDeadLetteredWithItsErrorAndTheMessagesBehindItAreHandled(PlatformInfrastructure infra)
            throws Exception {
        String probeId = newProbeId();
        String poisonId = UUID.randomUUID().toString();
        String healthyId = UUID.randomUUID().toString();
        sendRaw(infra.kafkaBootstrapServers(), List.of(
                record(poisonId, probeId, "org.coop.platform.ProbeNoted.v1",
                        "{\"probeId\": \"truncated".getBytes(StandardCharsets.UTF_8)),
                noteRecord(healthyId, probeId, 2, "behind-the-poison")));

        await().atMost(Duration.ofSeconds(60)).until(() -> effects.count(healthyId) == 1);
        List<ConsumerRecord<String, byte[]>> dead = KafkaTopicReader.readUntil(infra.kafkaBootstrapServers(),
                Topics.deadLetterTopic("messaging-probe"), record -> probeId.equals(record.key()), 1,
                Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        ConsumerRecord<String, byte[]> letter = dead.get(0);
        assertThat(KafkaTopicReader.header(letter, CloudEventHeaders.ID)).isEqualTo(poisonId);
        assertThat(KafkaTopicReader.header(letter, "x-original-topic")).isEqualTo(Topics.PLATFORM_PROBES);
        assertThat(KafkaTopicReader.header(letter, "x-exception-message")).isNotBlank();
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{\"probeId\": \"truncated");
        assertThat(effects.count(poisonId)).isZero();
    }

    @Test
    void theConsumerGroupIsNamedAfterTheService(PlatformInfrastructure infra) throws Exception {
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                java.util.Map.of("bootstrap.servers", infra.kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                    admin.listConsumerGroups().all().get().stream().map(g -> g.groupId()).toList())
                    .contains("messaging-probe"));
        }
    }

    @Test
    void aMessageWithoutCloudEventsHeadersIsDeadLetteredToo(PlatformInfrastructure infra) throws Exception {
        String probeId = newProbeId();
        String healthyId = UUID.randomUUID().toString();
        var headerless = new org.apache.kafka.clients.producer.ProducerRecord<String, byte[]>(
                Topics.PLATFORM_PROBES, probeId, "{}".getBytes(StandardCharsets.UTF_8));
        sendRaw(infra.kafkaBootstrapServers(), List.of(headerless, noteRecord(healthyId, probeId, 1, "after")));

        await().atMost(Duration.ofSeconds(60)).until(() -> effects.count(healthyId) == 1);
        List<ConsumerRecord<String, byte[]>> dead = KafkaTopicReader.readUntil(infra.kafkaBootstrapServers(),
                Topics.deadLetterTopic("messaging-probe"), record -> probeId.equals(record.key()), 1,
                Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(KafkaTopicReader.header(dead.get(0), "x-exception-message")).contains("ce_");
    }
}
