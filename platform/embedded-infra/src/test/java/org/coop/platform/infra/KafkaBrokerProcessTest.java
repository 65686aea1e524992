package org.coop.platform.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerProcessTest {

    @TempDir
    Path dataDir;

    @Test
    void recordsWrittenBeforeAStopAreReadAfterARestartOnTheSamePort() throws Exception {
        try (KafkaBrokerProcess broker = KafkaBrokerProcess.builder(dataDir).maxHeap("384m").build().start()) {
            int port = broker.port();
            produce(broker.bootstrapServers(), "before-stop");

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            broker.start();

            assertThat(broker.port()).isEqualTo(port);
            produce(broker.bootstrapServers(), "after-restart");
            assertThat(consumeAll(broker.bootstrapServers(), 2)).containsExactly("before-stop", "after-restart");
        }
    }

    @Test
    void aKilledBrokerComesBackWithItsData() throws Exception {
        try (KafkaBrokerProcess broker = KafkaBrokerProcess.builder(dataDir).maxHeap("384m").build().start()) {
            produce(broker.bootstrapServers(), "acknowledged");
            broker.kill();
            broker.start();
            assertThat(consumeAll(broker.bootstrapServers(), 1)).containsExactly("acknowledged");
        }
    }

    private static void produce(String bootstrap, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("probe", "key", value)).get();
        }
    }

    static List<String> consumeAll(String bootstrap, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("probe"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
