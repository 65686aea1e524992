package org.coop.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coop.platform.messaging.ProbeFixtures.newProbeId;
import static org.coop.platform.messaging.ProbeFixtures.outboxEmpty;
import static org.coop.platform.messaging.ProbeFixtures.pendingEventIds;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coop.platform.events.CloudEventHeaders;
import org.coop.platform.events.EventSchemas;
import org.coop.platform.events.Topics;
import org.coop.platform.messaging.probe.Probe;
import org.coop.platform.messaging.probe.ProbeApplication;
import org.coop.platform.messaging.probe.ProbeEffects;
import org.coop.platform.messaging.probe.ProbeNoted;
import org.coop.platform.messaging.probe.ProbeOpened;
import org.coop.platform.test.KafkaTopicReader;
import org.coop.platform.test.PlatformInfrastructure;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** The write path against a real broker and store: outbox in the aggregate's document, relay, consumer. */
@SpringBootTest(classes = ProbeApplication.class)
@WithPlatformInfrastructure
class OutboxRelayIntegrationTest {

    private static final List<String> CLOUD_EVENT_HEADERS = List.of(CloudEventHeaders.ID, CloudEventHeaders.TYPE,
            CloudEventHeaders.SOURCE, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT);

    @Autowired
    AggregateWriter writer;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    ProbeEffects effects;
    @Autowired
    OutboxMetrics metrics;

    @Test
    void anAggregateSavedWithTwoEventsPublishesEachOnceInOrderWithEveryCloudEventsHeader(PlatformInfrastructure infra) {
        String id = newProbeId();
        writer.insert(new Probe(id, "Luban Workshop in Vientiane", List.of(), null), List.of(
                new ProbeOpened(id, "Luban Workshop in Vientiane", Instant.now()),
                new ProbeNoted(id, 1, "first"))).block();

        List<ConsumerRecord<String, byte[]>> records = KafkaTopicReader.readUntil(infra.kafkaBootstrapServers(),
                Topics.PLATFORM_PROBES, record -> id.equals(record.key()), 2, Duration.ofSeconds(60));

        assertThat(records).hasSize(2);
        assertThat(records).extracting(r -> KafkaTopicReader.header(r, CloudEventHeaders.TYPE))
                .containsExactly("org.coop.platform.ProbeOpened.v1", "org.coop.platform.ProbeNoted.v1");
        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
        for (ConsumerRecord<String, byte[]> record : records) {
            for (String header : CLOUD_EVENT_HEADERS) {
                assertThat(KafkaTopicReader.header(record, header)).as(header).isNotBlank();
            }
            assertThat(KafkaTopicReader.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(KafkaTopicReader.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/coop/messaging-probe");
            assertThat(KafkaTopicReader.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
            assertThat(EventSchemas.violations(KafkaTopicReader.header(record, CloudEventHeaders.TYPE), record.value()))
                    .isEmpty();
        }
        assertThat(records).extracting(r -> KafkaTopicReader.header(r, CloudEventHeaders.ID)).doesNotHaveDuplicates();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(outboxEmpty(mongo, id)).isTrue();
            assertThat(effects.order(id)).containsExactly("opened", "first");
        });
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedAndStoresNoEvent() {
        String id = newProbeId();
        Probe saved = writer.insert(new Probe(id, "Order class", List.of(), null), List.of()).block();
        writer.update(saved.withNote("a"), List.of(new ProbeNoted(id, 1, "a"))).block();

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> writer.update(saved.withNote("b"), List.of(new ProbeNoted(id, 2, "b"))).block())
                .isInstanceOf(OptimisticLockingFailureException.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(effects.order(id)).containsExactly("a"));
        assertThat(mongo.findById(id, Probe.class).block().notes()).containsExactly("a");
    }

    @Test
    void eventsWrittenWhileTheBrokerIsAwayArriveAfterItReturnsWithOneEffectEach(PlatformInfrastructure infra)
            throws InterruptedException {
        String id = newProbeId();
        List<String> eventIds;
        infra.stopKafka();
        try {
            Probe saved = writer.insert(new Probe(id, "Teacher training in Hanoi", List.of(), null),
                    List.of(new ProbeOpened(id, "Teacher training in Hanoi", Instant.now()))).block();
            writer.update(saved.withNote("while-away"), List.of(new ProbeNoted(id, 1, "while-away"))).block();
            eventIds = pendingEventIds(mongo, id);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                assertThat(metrics.pending()).as("outbox.pending while the broker is away").isGreaterThanOrEqualTo(2);
                assertThat(metrics.oldestAge()).as("outbox.oldest.age").isPositive();
            });
            Thread.sleep(Duration.ofSeconds(20).toMillis());
            assertThat(pendingEventIds(mongo, id)).as("nothing can be sent while the broker is away")
                    .containsExactlyElementsOf(eventIds);
        } finally {
            infra.startKafka();
        }
        assertThat(eventIds).hasSize(2);
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            assertThat(effects.order(id)).containsExactly("opened", "while-away");
            assertThat(outboxEmpty(mongo, id)).isTrue();
        });
        List<ConsumerRecord<String, byte[]>> records = KafkaTopicReader.readUntil(infra.kafkaBootstrapServers(),
                Topics.PLATFORM_PROBES, record -> id.equals(record.key()), 2, Duration.ofSeconds(30));
        assertThat(records).extracting(r -> KafkaTopicReader.header(r, CloudEventHeaders.ID))
                .containsAll(eventIds);
        for (String eventId : eventIds) {
            assertThat(effects.count(eventId)).as("effects of " + eventId).isEqualTo(1);
        }
        assertThat(metrics.latency().count()).as("outbox.publish.latency samples").isGreaterThanOrEqualTo(2);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(metrics.pending()).isZero());
    }
}
