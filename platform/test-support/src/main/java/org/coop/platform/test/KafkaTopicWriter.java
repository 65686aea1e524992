package org.coop.platform.test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts records on a topic as a producing service would (acks=all, string key, byte value, string
 * headers such as the CloudEvents ones), for tests that play another service's part. The
 * counterpart of {@link KafkaTopicReader}.
 */
public final class KafkaTopicWriter {

    private KafkaTopicWriter() {
    }

    /** Sends one record per {@code copies} (more than one plays a redelivery) and waits for the broker's acks. */
    public static void send(String bootstrapServers, String topic, String key, byte[] value,
                            Map<String, String> headers, int copies) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int copy = 0; copy < copies; copy++) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
                headers.forEach((name, text) -> record.headers()
                        .add(new RecordHeader(name, text.getBytes(StandardCharsets.UTF_8))));
                producer.send(record).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not take the record for " + topic, e.getCause());
        }
    }
}
