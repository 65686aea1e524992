package org.coop.platform.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.coop.platform.events.CloudEventHeaders;
import org.coop.platform.web.ConflictException;
import org.coop.platform.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Lists and replays the messages on this service's dead-letter topic. The binder writes them there
 * after its retries, with the original headers plus {@code x-original-*} and {@code x-exception-*}.
 * A replay sends the original key, value and headers back to the original topic (once: a second
 * replay of the same message is a conflict) and is recorded with who asked for it.
 */
public class DeadLetters {

    static final String REPLAYS = "dead_letter_replays";
    static final String REPLAYED_FROM = "x-replayed-from";
    private static final int PAYLOAD_PREVIEW = 4096;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String topic;
    private final Supplier<Consumer<String, byte[]>> consumers;
    private final Producer<String, byte[]> producer;
    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public DeadLetters(String topic, Supplier<Consumer<String, byte[]>> consumers, Producer<String, byte[]> producer,
                       ReactiveMongoTemplate mongo, Clock clock) {
        this.topic = topic;
        this.consumers = consumers;
        this.producer = producer;
        this.mongo = mongo;
        this.clock = clock;
    }

    public String topic() {
        return topic;
    }

    /** The newest {@code limit} dead letters, newest first. Blocks: call off the event loop. */
    public List<DeadLetter> list(int limit) {
        Map<String, DeadLetter.Replay> replays = replays();
        List<DeadLetter> letters = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            List<TopicPartition> partitions = partitions(consumer);
            if (partitions.isEmpty()) {
                return List.of();
            }
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, TIMEOUT);
            consumer.assign(partitions);
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, Math.max(starts.get(partition), ends.get(partition) - limit));
            }
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!reachedEnd(consumer, ends) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    letters.add(toDeadLetter(record, replays.get(replayKey(record.partition(), record.offset()))));
                }
            }
        }
        return letters.stream()
                .sorted(Comparator.comparing(DeadLetter::deadLetteredAt).reversed())
                .limit(limit)
                .toList();
    }

    /** Sends one dead letter back to its original topic. Blocks: call off the event loop. */
    public DeadLetter.Replay replay(int partition, long offset, String requestedBy) {
        ConsumerRecord<String, byte[]> record = read(partition, offset);
        String originalTopic = headerText(record, "x-original-topic");
        if (originalTopic == null) {
            throw new ConflictException("dead letter " + partition + "/" + offset + " does not name its original topic");
        }
        DeadLetter.Replay replay = new DeadLetter.Replay(requestedBy, clock.instant(), originalTopic);
        String key = replayKey(partition, offset);
        try {
            mongo.insert(new Document("_id", key).append("by", replay.by()).append("at", Date.from(replay.at()))
                    .append("toTopic", originalTopic), REPLAYS).block(TIMEOUT);
        } catch (DuplicateKeyException e) {
            Document earlier = mongo.findById(key, Document.class, REPLAYS).block(TIMEOUT);
            throw new ConflictException("dead letter " + partition + "/" + offset + " was already replayed"
                    + (earlier == null ? "" : " by " + earlier.getString("by") + " at " + earlier.getDate("at").toInstant()));
        }
        ProducerRecord<String, byte[]> again = new ProducerRecord<>(originalTopic, record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith("x-")) {
                again.headers().add(header);
            }
        }
        again.headers().add(new RecordHeader(REPLAYED_FROM,
                (topic + "/" + partition + "/" + offset).getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(again).get(TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            mongo.remove(Query.query(Criteria.where("_id").is(key)), REPLAYS).block(TIMEOUT);
            throw new org.coop.platform.web.ServiceUnavailableException("the broker did not take the replay: "
                    + e.getClass().getSimpleName());
        }
        return replay;
    }

    private ConsumerRecord<String, byte[]> read(int partition, long offset) {
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            TopicPartition target = new TopicPartition(topic, partition);
            if (!partitions(consumer).contains(target)) {
                throw new NotFoundException("dead letter", partition + "/" + offset);
            }
            long end = consumer.endOffsets(List.of(target), TIMEOUT).get(target);
            if (offset < 0 || offset >= end) {
                throw new NotFoundException("dead letter", partition + "/" + offset);
            }
            consumer.assign(List.of(target));
            consumer.seek(target, offset);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return record;
                    }
                    if (record.offset() > offset) {
                        throw new NotFoundException("dead letter", partition + "/" + offset);
                    }
                }
            }
        }
        throw new NotFoundException("dead letter", partition + "/" + offset);
    }

    private List<TopicPartition> partitions(Consumer<String, byte[]> consumer) {
        List<PartitionInfo> infos = consumer.listTopics(TIMEOUT).get(topic);
        return infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private static boolean reachedEnd(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private Map<String, DeadLetter.Replay> replays() {
        Map<String, DeadLetter.Replay> replays = new LinkedHashMap<>();
        List<Document> documents = mongo.findAll(Document.class, REPLAYS).collectList().block(TIMEOUT);
        if (documents != null) {
            for (Document document : documents) {
                replays.put(document.getString("_id"), new DeadLetter.Replay(document.getString("by"),
                        document.getDate("at").toInstant(), document.getString("toTopic")));
            }
        }
        return replays;
    }

    private static DeadLetter toDeadLetter(ConsumerRecord<String, byte[]> record, DeadLetter.Replay replay) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            if (!header.key().equals("x-exception-stacktrace")) {
                headers.put(header.key(), printable(header.key(), header.value()));
            }
        }
        byte[] value = record.value() == null ? new byte[0] : record.value();
        boolean truncated = value.length > PAYLOAD_PREVIEW;
        String payload = new String(value, 0, Math.min(value.length, PAYLOAD_PREVIEW), StandardCharsets.UTF_8);
        return new DeadLetter(record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
                record.key(), headers.get("x-original-topic"),
                number(record, "x-original-partition") == null ? null : number(record, "x-original-partition").intValue(),
                number(record, "x-original-offset"),
                headers.get(CloudEventHeaders.ID), headers.get(CloudEventHeaders.TYPE),
                headers.get("x-exception-message"), headers.get("x-exception-fqcn"),
                payload, truncated, headers, replay);
    }

    /** The binder writes partition and offset as big-endian int and long; everything else is text. */
    private static String printable(String key, byte[] value) {
        if (value == null) {
            return null;
        }
        if (key.equals("x-original-partition") && value.length == 4) {
            return Integer.toString(ByteBuffer.wrap(value).getInt());
        }
        if ((key.equals("x-original-offset") || key.equals("x-original-timestamp")) && value.length == 8) {
            return Long.toString(ByteBuffer.wrap(value).getLong());
        }
        return new String(value, StandardCharsets.UTF_8);
    }

    private static Long number(ConsumerRecord<String, byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        if (header == null || header.value() == null) {
            return null;
        }
        String text = printable(key, header.value());
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String headerText(ConsumerRecord<String, byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String replayKey(int partition, long offset) {
        return partition + "-" + offset;
    }

    /** Client id for the short-lived readers, unique so concurrent admin requests do not clash. */
    static String readerClientId(String service) {
        return service + "-dead-letter-reader-" + UUID.randomUUID();
    }
}
