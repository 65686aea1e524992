package org.coop.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.coop.platform.events.EventEnvelope;
import org.coop.platform.events.EventJson;
import org.coop.platform.events.Topics;
import org.coop.platform.messaging.probe.ProbeNoted;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Shared helpers of the messaging tests: ids, raw records, and a look into a probe's outbox. */
final class ProbeFixtures {

    private ProbeFixtures() {
    }

    static String newProbeId() {
        return "probe-" + UUID.randomUUID();
    }

    /** Sends records exactly as given, bypassing the outbox (duplicates, poison). */
    static void sendRaw(String bootstrap, List<ProducerRecord<String, byte[]>> records) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record).get();
            }
        }
    }

    static ProducerRecord<String, byte[]> noteRecord(String eventId, String probeId, int sequence, String note) {
        return record(eventId, probeId, "org.coop.platform.ProbeNoted.v1",
                EventJson.toBytes(new ProbeNoted(probeId, sequence, note)));
    }

    static ProducerRecord<String, byte[]> record(String eventId, String probeId, String type, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.PLATFORM_PROBES, probeId, value);
        new EventEnvelope(eventId, type, "/coop/test", Instant.now(), probeId).toHeaders()
                .forEach((name, text) -> record.headers().add(new RecordHeader(name, text.getBytes(StandardCharsets.UTF_8))));
        return record;
    }

    /** The event ids still waiting in a probe's outbox, in order. */
    static List<String> pendingEventIds(ReactiveMongoTemplate mongo, String probeId) {
        Document document = mongo.findById(probeId, Document.class, "probes").block();
        if (document == null) {
            return List.of();
        }
        return document.getList("_outbox", Document.class, List.of()).stream()
                .map(entry -> entry.getString("eventId")).toList();
    }

    static boolean outboxEmpty(ReactiveMongoTemplate mongo, String probeId) {
        Document document = mongo.findById(probeId, Document.class, "probes").block();
        return document != null && document.getList("_outbox", Document.class, List.of()).isEmpty()
                && !document.containsKey("_outboxPendingSince") && !document.containsKey("_outboxLease");
    }
}
