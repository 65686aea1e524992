package org.coop.platform.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM that owns a broker is killed with SIGKILL, as a crashed local stack would be: its broker must
 * not outlive it holding the ports, and a new start on the same directory and ports must work.
 */
class KafkaBrokerOrphanTest {

    @TempDir
    Path dataDir;

    private Process owner;

    @AfterEach
    void killTheOwner() {
        if (owner != null) {
            owner.destroyForcibly();
        }
    }

    @Test
    void aBrokerWhoseOwnerIsKilledStopsByItselfAndFreesItsPorts() throws Exception {
        int port = Ports.freePort();
        int controllerPort = Ports.freePort();
        ProcessHandle broker = startOwner(port, controllerPort);

        owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long killed = System.nanoTime();

        broker.onExit().get(ParentWatch.GRACE.plusSeconds(30).toSeconds(), TimeUnit.SECONDS);
        System.out.println("the orphaned broker exited " + (System.nanoTime() - killed) / 1_000_000 + " ms after its owner was killed");
        assertThat(broker.isAlive()).isFalse();
        assertThat(Ports.inUse(port)).as("the broker port after its owner died").isFalse();
        assertThat(Ports.inUse(controllerPort)).as("the controller port after its owner died").isFalse();
    }

    @Test
    void aNewStartOnTheDirectoryOfAKilledOwnerWorksAndKeepsTheData() throws Exception {
        int port = Ports.freePort();
        int controllerPort = Ports.freePort();
        startOwner(port, controllerPort);
        produce("127.0.0.1:" + port, "before-the-crash");

        owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        // at once, while the orphan may still be shutting down
        try (KafkaBrokerProcess next = KafkaBrokerProcess.builder(dataDir).port(port).controllerPort(controllerPort)
                .maxHeap("384m").build().start()) {
            produce(next.bootstrapServers(), "after-the-restart");
            assertThat(KafkaBrokerProcessTest.consumeAll(next.bootstrapServers(), 2))
                    .containsExactly("before-the-crash", "after-the-restart");
        }
    }

    @Test
    void aBrokerLeftOnTheDirectoryIsRecognisedByItsPidFileAndStopped() throws Exception {
        ProcessHandle broker = startOwner(Ports.freePort(), Ports.freePort());

        assertThat(KafkaBrokerProcess.stopLeftover(dataDir)).hasValue(broker.pid());
        assertThat(broker.isAlive()).isFalse();
        assertThat(KafkaBrokerProcess.stopLeftover(dataDir)).as("nothing left the second time").isEmpty();
    }

    private ProcessHandle startOwner(int port, int controllerPort) throws Exception {
        owner = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), BrokerOwnerMain.class.getName(),
                dataDir.toString(), Integer.toString(port), Integer.toString(controllerPort)))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String line;
        while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
            if (line.startsWith("broker-pid ")) {
                long pid = Long.parseLong(line.substring("broker-pid ".length()).trim());
                Thread drain = new Thread(() -> {
                    try {
                        out.lines().forEach(ignored -> { });
                    } catch (java.io.UncheckedIOException closed) {
                        // the owner was killed
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return ProcessHandle.of(pid).orElseThrow();
            }
        }
        throw new AssertionError("the owner JVM did not start its broker");
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
}
