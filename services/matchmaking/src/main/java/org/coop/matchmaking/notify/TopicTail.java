package org.coop.matchmaking.notify;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every partition of a topic in this instance, without a consumer group: each instance sees
 * every record (the fan-out of DESIGN.md), nothing is committed, and no rebalance ever pauses it.
 * Where reading starts is decided once, on the reading thread, by {@code start}; the handler runs
 * on that thread too, record by record, and its failures are logged, never fatal.
 */
final class TopicTail implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TopicTail.class);

    private final String topic;
    private final Map<String, Object> config;
    private final Function<KafkaConsumer<String, byte[]>, Map<TopicPartition, Long>> start;
    private final Consumer<ConsumerRecord<String, byte[]>> handler;
    private final CountDownLatch positioned = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;

    /**
     * @param kafka the service's Kafka consumer settings ({@code KafkaProperties.buildConsumerProperties()})
     * @param start given the consumer with its partitions assigned, the offsets to start from
     *              (an empty map means the end of every partition)
     */
    TopicTail(Map<String, Object> kafka, String topic, String clientName,
              Function<KafkaConsumer<String, byte[]>, Map<TopicPartition, Long>> start,
              Consumer<ConsumerRecord<String, byte[]>> handler) {
        this.topic = topic;
        this.start = start;
        this.handler = handler;
        // the service's own Kafka client settings (addresses, TLS, SASL), so the tail connects
        // wherever the binder does; no group: a tail is assigned every partition by hand
        this.config = new HashMap<>(kafka);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        config.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientName + "-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // how long the broker holds an empty fetch: a record arriving answers it at once
        // (fetch.min.bytes 1), so this sets only the idle polling rate, not the latency
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 2000);
        this.thread = new Thread(this::run, clientName);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Waits until reading has been positioned (start offsets decided), at most {@code timeout}. */
    boolean awaitPositioned(Duration timeout) throws InterruptedException {
        return positioned.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer = kafka;
            List<TopicPartition> partitions = List.of();
            while (running && partitions.isEmpty()) {
                try {
                    List<PartitionInfo> infos = kafka.partitionsFor(topic, Duration.ofSeconds(10));
                    partitions = infos == null ? List.of()
                            : infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                } catch (RuntimeException e) {
                    if (!running) {
                        return;
                    }
                    log.warn("Waiting for topic {}: {}", topic, e.toString());
                }
            }
            kafka.assign(partitions);
            Map<TopicPartition, Long> offsets = start.apply(kafka);
            if (offsets.isEmpty()) {
                kafka.seekToEnd(partitions);
                partitions.forEach(kafka::position);
            } else {
                offsets.forEach(kafka::seek);
            }
            positioned.countDown();
            while (running) {
                for (ConsumerRecord<String, byte[]> record : kafka.poll(Duration.ofMillis(500))) {
                    try {
                        handler.accept(record);
                    } catch (RuntimeException e) {
                        log.warn("Handling {}@{}/{} failed: {}", topic, record.partition(), record.offset(),
                                e.toString());
                    }
                }
            }
        } catch (WakeupException e) {
            if (running) {
                log.warn("Tail of {} woken up unexpectedly", topic);
            }
        } catch (RuntimeException e) {
            log.error("Tail of {} stopped", topic, e);
        } finally {
            positioned.countDown();
        }
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
