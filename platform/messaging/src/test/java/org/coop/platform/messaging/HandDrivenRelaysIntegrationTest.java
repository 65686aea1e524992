package org.coop.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coop.platform.messaging.ProbeFixtures.pendingEventIds;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coop.platform.events.CloudEventHeaders;
import org.coop.platform.events.Topics;
import org.coop.platform.messaging.probe.Probe;
import org.coop.platform.messaging.probe.ProbeApplication;
import org.coop.platform.messaging.probe.ProbeNoted;
import org.coop.platform.test.KafkaTopicReader;
import org.coop.platform.test.PlatformInfrastructure;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Relays driven by hand against the real broker and store, with the application's own relay off
 * so they are the only senders: two relays racing over the same events, and a relay whose first
 * send fails. Counted with a reader that does not deduplicate.
 */
@SpringBootTest(classes = ProbeApplication.class, properties = "platform.outbox.relay-enabled=false")
@WithPlatformInfrastructure
class HandDrivenRelaysIntegrationTest {

    private static final int AGGREGATES = 150;

    @Autowired
    AggregateWriter writer;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    OutboxProperties properties;

    @Test
    void twoRelaysSideBySideNeverSendTheSameEvent(PlatformInfrastructure infra) {
        String batch = "race-" + UUID.randomUUID() + "-";
        Set<String> written = new HashSet<>();
        for (int i = 0; i < AGGREGATES; i++) {
            String id = batch + i;
            Probe saved = writer.insert(new Probe(id, "probe " + i, List.of(), null),
                    List.of(new ProbeNoted(id, 1, "one"))).block();
            writer.update(saved.withNote("two"), List.of(new ProbeNoted(id, 2, "two"))).block();
            written.addAll(pendingEventIds(mongo, id));
        }
        assertThat(written).hasSize(AGGREGATES * 2);

        try (Producer<String, byte[]> producerA = producer(infra); Producer<String, byte[]> producerB = producer(infra)) {
            OutboxRelay relayA = relay(producerA, "relay-a");
            OutboxRelay relayB = relay(producerB, "relay-b");
            CompletableFuture<Void> a = CompletableFuture.runAsync(() -> sweepUntilIdle(relayA));
            CompletableFuture<Void> b = CompletableFuture.runAsync(() -> sweepUntilIdle(relayB));
            CompletableFuture.allOf(a, b).join();
        }

        List<ConsumerRecord<String, byte[]>> records = KafkaTopicReader.readUntil(infra.kafkaBootstrapServers(),
                Topics.PLATFORM_PROBES, record -> record.key() != null && record.key().startsWith(batch),
                AGGREGATES * 2, Duration.ofSeconds(60));
        List<String> sentIds = records.stream().map(r -> KafkaTopicReader.header(r, CloudEventHeaders.ID)).toList();
        assertThat(sentIds).hasSize(AGGREGATES * 2).doesNotHaveDuplicates();
        assertThat(new HashSet<>(sentIds)).isEqualTo(written);
        for (int i = 0; i < AGGREGATES; i++) {
            assertThat(pendingEventIds(mongo, batch + i)).isEmpty();
        }
    }

    @Test
    void whenAnEventCannotBeSentTheEventsBehindItWaitSoTheKeyKeepsItsOrder(PlatformInfrastructure infra) {
        String id = "order-" + UUID.randomUUID();
        Probe saved = writer.insert(new Probe(id, "order", List.of(), null),
                List.of(new ProbeNoted(id, 1, "first"))).block();
        writer.update(saved.withNote("second"), List.of(new ProbeNoted(id, 2, "second"))).block();

        try (Producer<String, byte[]> real = producer(infra)) {
            Producer<String, byte[]> firstSendFails = firstSendFails(real);
            OutboxRelay relay = new OutboxRelay(mongo, firstSendFails, properties, CircuitBreaker.ofDefaults("order"),
                    Retry.of("order", io.github.resilience4j.retry.RetryConfig.custom().maxAttempts(1).build()),
                    new OutboxMetrics(new SimpleMeterRegistry()), Clock.systemUTC(), "order-relay");
            relay.sweep().block();
            assertThat(pendingEventIds(mongo, id)).as("nothing is marked sent after the first send failed").hasSize(2);
            relay.sweep().block();
        }

        List<ConsumerRecord<String, byte[]>> records = KafkaTopicReader.readUntil(infra.kafkaBootstrapServers(),
                Topics.PLATFORM_PROBES, record -> id.equals(record.key()), 2, Duration.ofSeconds(30));
        assertThat(records).extracting(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8))
                .as("the second event never overtakes the first").hasSize(2)
                .first().asString().contains("\"first\"");
        assertThat(pendingEventIds(mongo, id)).isEmpty();
    }

    @Test
    void aClaimLeftByACrashedRelayIsTakenAgainOnlyAfterItsLeaseLapses(PlatformInfrastructure infra) {
        String lapsed = "lapsed-" + UUID.randomUUID();
        String live = "live-" + UUID.randomUUID();
        writer.insert(new Probe(lapsed, "lapsed", List.of(), null), List.of(new ProbeNoted(lapsed, 1, "lapsed"))).block();
        writer.insert(new Probe(live, "live", List.of(), null), List.of(new ProbeNoted(live, 1, "live"))).block();
        // Two claims a crashed relay left behind: one whose lease ran out, one still running.
        leaseHeldBy(lapsed, "crashed-relay", java.time.Instant.now().minusSeconds(5));
        leaseHeldBy(live, "crashed-relay", java.time.Instant.now().plusSeconds(600));

        try (Producer<String, byte[]> producer = producer(infra)) {
            relay(producer, "survivor").sweep().block();
        }

        assertThat(pendingEventIds(mongo, lapsed)).as("the lapsed claim was taken over and sent").isEmpty();
        assertThat(pendingEventIds(mongo, live)).as("a live claim is left to its holder").hasSize(1);
        assertThat(KafkaTopicReader.readUntil(infra.kafkaBootstrapServers(), Topics.PLATFORM_PROBES,
                record -> lapsed.equals(record.key()), 1, Duration.ofSeconds(30))).hasSize(1);
    }

    /**
     * A publish that outlived a broker outage can leave a document marked pending with nothing
     * left to send (its events went out with a retry after a write appended more). The sweep must
     * clear the marker, or the document counts as pending, and is found by every sweep, for ever.
     */
    @Test
    void aDocumentMarkedPendingWithNothingLeftToSendIsClearedByTheSweep(PlatformInfrastructure infra) {
        String id = "drained-" + UUID.randomUUID();
        writer.insert(new Probe(id, "drained", List.of(), null), List.of(new ProbeNoted(id, 1, "sent"))).block();
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id)),
                new org.springframework.data.mongodb.core.query.Update().set("_outbox", List.of()), "probes").block();
        assertThat(ProbeFixtures.outboxEmpty(mongo, id)).as("still marked pending before the sweep").isFalse();

        try (Producer<String, byte[]> producer = producer(infra)) {
            relay(producer, "healer").sweep().block();
        }

        assertThat(ProbeFixtures.outboxEmpty(mongo, id)).as("marker and lease gone after one sweep").isTrue();
    }

    @Test
    void eventsAppendedWhileADocumentIsBeingPublishedFollowWithinSecondsNotAfterTheLease(
            PlatformInfrastructure infra) {
        String id = "busy-" + UUID.randomUUID();
        writer.insert(new Probe(id, "busy", List.of(), null), List.of(new ProbeNoted(id, 1, "first"))).block();
        java.util.concurrent.atomic.AtomicInteger appends = new java.util.concurrent.atomic.AtomicInteger();

        try (Producer<String, byte[]> real = producer(infra)) {
            // Every send races a write to the same aggregate, as decisions on a busy trip do.
            Producer<String, byte[]> racing = interceptSends(real, () -> {
                int next = appends.incrementAndGet() + 1;
                if (next <= 3) {
                    Probe current = mongo.findById(id, Probe.class).block();
                    writer.update(current.withNote("note-" + next), List.of(new ProbeNoted(id, next, "note-" + next)))
                            .block();
                }
            });
            OutboxRelay relay = relay(racing, "racing");
            relay.start();
            try {
                relay.sweep().block();
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                        .untilAsserted(() -> assertThat(pendingEventIds(mongo, id)).isEmpty());
            } finally {
                relay.stop();
            }
        }
        List<ConsumerRecord<String, byte[]>> records = KafkaTopicReader.readUntil(infra.kafkaBootstrapServers(),
                Topics.PLATFORM_PROBES, record -> id.equals(record.key()), 3, Duration.ofSeconds(30));
        assertThat(records).extracting(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8))
                .hasSize(3)
                .satisfies(values -> {
                    assertThat(values.get(0)).contains("\"first\"");
                    assertThat(values.get(1)).contains("note-2");
                    assertThat(values.get(2)).contains("note-3");
                });
        org.bson.Document stored = mongo.findById(id, org.bson.Document.class, "probes").block();
        assertThat(stored).doesNotContainKeys("_outboxLease", "_outboxPendingSince");
    }

    /** A producer that runs {@code beforeEachSend} just before every send. */
    @SuppressWarnings("unchecked")
    private static Producer<String, byte[]> interceptSends(Producer<String, byte[]> real, Runnable beforeEachSend) {
        return (Producer<String, byte[]>) java.lang.reflect.Proxy.newProxyInstance(Producer.class.getClassLoader(),
                new Class<?>[] {Producer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send")) {
                        beforeEachSend.run();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void leaseHeldBy(String id, String owner, java.time.Instant until) {
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id)),
                new org.springframework.data.mongodb.core.query.Update().set("_outboxLease",
                        new org.bson.Document("owner", owner).append("until", java.util.Date.from(until))),
                "probes").block();
    }

    /** A producer that throws like one that timed out waiting for metadata, once, then behaves. */
    @SuppressWarnings("unchecked")
    private static Producer<String, byte[]> firstSendFails(Producer<String, byte[]> real) {
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        return (Producer<String, byte[]>) java.lang.reflect.Proxy.newProxyInstance(Producer.class.getClassLoader(),
                new Class<?>[] {Producer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send") && failed.compareAndSet(false, true)) {
                        throw new org.apache.kafka.common.errors.TimeoutException("metadata not available in time");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void sweepUntilIdle(OutboxRelay relay) {
        long idleSince = System.nanoTime();
        while (System.nanoTime() - idleSince < Duration.ofSeconds(2).toNanos()) {
            Long published = relay.sweep().block();
            if (published != null && published > 0) {
                idleSince = System.nanoTime();
            }
        }
    }

    private OutboxRelay relay(Producer<String, byte[]> producer, String name) {
        return new OutboxRelay(mongo, producer, properties, CircuitBreaker.ofDefaults(name),
                Retry.ofDefaults(name), new OutboxMetrics(new SimpleMeterRegistry()), Clock.systemUTC(), name);
    }

    private static Producer<String, byte[]> producer(PlatformInfrastructure infra) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new ByteArraySerializer());
    }
}
