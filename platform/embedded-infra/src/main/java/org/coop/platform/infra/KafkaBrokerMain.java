package org.coop.platform.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

/**
 * Entry point of the broker JVM: formats the KRaft storage on first start (once; later starts find
 * {@code meta.properties} and keep the data), then runs Apache Kafka's own main class.
 *
 * <p>The broker belongs to the JVM that started it: when that parent dies without stopping it
 * ({@code kill -9}, a crash), the broker shuts itself down, so the next start finds its ports free
 * instead of an orphan holding them (issue 9).
 */
public final class KafkaBrokerMain {

    /** System property naming the pid of the JVM the broker belongs to. */
    static final String PARENT_PID = "coop.broker.parent-pid";

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: KafkaBrokerMain <server.properties>");
            System.exit(2);
        }
        Path config = Path.of(args[0]);
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(config)) {
            properties.load(in);
        }
        parent().ifPresent(ParentWatch::start);
        Path logDir = Path.of(properties.getProperty("log.dirs"));
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            int status = StorageTool.execute(new String[] {
                "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString(),
                "--ignore-formatted"}, System.out);
            if (status != 0) {
                System.err.println("formatting the KRaft storage failed with status " + status);
                System.exit(status);
            }
        }
        kafka.Kafka.main(new String[] {config.toString()});
    }

    private static Optional<ProcessHandle> parent() {
        String pid = System.getProperty(PARENT_PID);
        if (pid == null) {
            return Optional.empty();
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(pid));
        if (parent.isEmpty()) {
            // the parent died before the broker even started
            System.err.println("the JVM that started this broker (pid " + pid + ") is gone; not starting");
            System.exit(3);
        }
        return parent;
    }
}
