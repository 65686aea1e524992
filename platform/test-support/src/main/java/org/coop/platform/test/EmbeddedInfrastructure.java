package org.coop.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.coop.platform.infra.EmbeddedMongoStore;
import org.coop.platform.infra.KafkaBrokerProcess;

/** One real KRaft broker (child JVM) and one in-memory Mongo-wire store per test JVM. */
final class EmbeddedInfrastructure implements PlatformInfrastructure {

    private static volatile EmbeddedInfrastructure instance;

    private final KafkaBrokerProcess kafka;
    private final EmbeddedMongoStore mongo;
    private final Path dataDir;

    private EmbeddedInfrastructure() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            dataDir = Files.createTempDirectory(target.toAbsolutePath(), "embedded-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kafka = KafkaBrokerProcess.builder(dataDir).maxHeap("384m").build().start();
        mongo = EmbeddedMongoStore.inMemory(0).start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "embedded-infrastructure-shutdown"));
    }

    static EmbeddedInfrastructure instance() {
        if (instance == null) {
            synchronized (EmbeddedInfrastructure.class) {
                if (instance == null) {
                    instance = new EmbeddedInfrastructure();
                }
            }
        }
        return instance;
    }

    @Override
    public Backend backend() {
        return Backend.EMBEDDED;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String mongoUri() {
        return "mongodb://127.0.0.1:" + mongo.port();
    }

    @Override
    public void stopKafka() {
        kafka.stop();
    }

    @Override
    public void killKafka() {
        kafka.kill();
    }

    @Override
    public void startKafka() {
        kafka.start();
    }

    private void shutdown() {
        kafka.kill();
        mongo.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover directory under target/ is removed by the next clean
        }
    }
}
