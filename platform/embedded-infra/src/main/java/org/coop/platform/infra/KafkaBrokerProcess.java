package org.coop.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * A single-node Apache Kafka broker in KRaft mode (broker and controller in one process), run in
 * a child JVM from the classpath of the current one. A child process can be stopped cleanly,
 * killed, and started again on the same ports and data, which is what failure tests need; it
 * also keeps the broker's threads and heap out of the services' JVM.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    /** Names the data directory on the broker's command line, so a leftover broker can be recognised. */
    private static final String DATA_DIR_MARKER = "coop.broker.data-dir";

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final String maxHeap;
    private final Map<String, String> overrides;
    private Process process;

    private KafkaBrokerProcess(Builder builder) {
        this.dataDir = builder.dataDir.toAbsolutePath();
        this.port = builder.port > 0 ? builder.port : Ports.freePort();
        this.controllerPort = builder.controllerPort > 0 ? builder.controllerPort : Ports.freePort();
        this.maxHeap = builder.maxHeap;
        this.overrides = Map.copyOf(builder.overrides);
    }

    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return dataDir.resolve("broker.log");
    }

    private static Path pidFile(Path dataDir) {
        return dataDir.toAbsolutePath().resolve("broker.pid");
    }

    /**
     * Stops a broker that an earlier, crashed run left on {@code dataDir} (found by its pid file and
     * checked to be a broker of ours on that directory), waiting until it is gone. A broker started
     * since this change ends by itself when its parent dies; this covers the time it takes to shut
     * down and brokers started by older builds.
     *
     * @return the pid of the broker that was stopped, if there was one
     */
    public static OptionalLong stopLeftover(Path dataDir) {
        Path pidFile = pidFile(dataDir);
        if (!Files.exists(pidFile)) {
            return OptionalLong.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).trim());
        } catch (IOException | NumberFormatException unreadable) {
            return OptionalLong.empty();
        }
        Optional<ProcessHandle> leftover = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> isOurBroker(process, dataDir));
        if (leftover.isEmpty()) {
            deleteQuietly(pidFile);
            return OptionalLong.empty();
        }
        ProcessHandle process = leftover.get();
        process.destroy();
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (TimeoutException slow) {
            process.destroyForcibly();
            process.onExit().completeOnTimeout(process, 10, TimeUnit.SECONDS).join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
        deleteQuietly(pidFile);
        return OptionalLong.of(pid);
    }

    /**
     * A reused pid must not be mistaken for our broker: its command line starts with the marker of
     * this data directory. (The JDK reports at most the first 4,096 characters of a command line,
     * and the class path comes long before the main class, so the marker goes first.)
     */
    private static boolean isOurBroker(ProcessHandle process, Path dataDir) {
        return process.info().commandLine().orElse("").contains(marker(dataDir) + " ");
    }

    private static String marker(Path dataDir) {
        return "-D" + DATA_DIR_MARKER + "=" + dataDir.toAbsolutePath();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale pid file is checked against the live process before it is trusted
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the broker and returns once it answers a metadata request. */
    public synchronized KafkaBrokerProcess start() {
        if (isRunning()) {
            return this;
        }
        stopLeftover(dataDir);
        try {
            Files.createDirectories(dataDir.resolve("logs"));
            Path config = writeConfig();
            Path logbackConfig = writeLogbackConfig();
            List<String> command = new ArrayList<>(List.of(javaExecutable(), marker(dataDir),
                    "-Xms64m", "-Xmx" + maxHeap, "-XX:+UseSerialGC", "-Xss512k",
                    "-Djava.awt.headless=true",
                    "-D" + KafkaBrokerMain.PARENT_PID + "=" + ProcessHandle.current().pid(),
                    "-Dlogback.configurationFile=" + logbackConfig,
                    "-cp", System.getProperty("java.class.path"),
                    KafkaBrokerMain.class.getName(), config.toString()));
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .start();
            Files.writeString(pidFile(dataDir), Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Kafka broker", e);
        }
        awaitReady();
        return this;
    }

    /** Stops the broker the way an operator would (SIGTERM, controlled shutdown). */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
        deleteQuietly(pidFile(dataDir));
    }

    /** Kills the broker without a chance to shut down (SIGKILL), like a crashed machine. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
        deleteQuietly(pidFile(dataDir));
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Properties adminConfig = new Properties();
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(adminConfig)) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the Kafka broker exited with status " + process.exitValue()
                            + "; its log: " + logFile() + "\n" + tail(logFile()));
                }
                try {
                    int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                            .nodes().get(3, TimeUnit.SECONDS).size();
                    if (nodes > 0) {
                        return;
                    }
                } catch (Exception notYet) {
                    sleep(200);
                }
            }
        }
        throw new IllegalStateException("the Kafka broker did not become ready within " + READY_TIMEOUT
                + "; its log: " + logFile() + "\n" + tail(logFile()));
    }

    private Path writeConfig() throws IOException {
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("log.dirs", dataDir.resolve("logs").toString());
        config.put("num.partitions", "3");
        config.put("default.replication.factor", "1");
        config.put("min.insync.replicas", "1");
        // Internal topics sized for one node: the defaults (50 partitions) slow every first start.
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "3");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("transaction.state.log.num.partitions", "3");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("auto.create.topics.enable", "true");
        config.put("num.network.threads", "2");
        config.put("num.io.threads", "2");
        config.put("num.recovery.threads.per.data.dir", "1");
        config.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        config.put("log.cleaner.threads", "1");
        config.putAll(overrides);
        Path file = dataDir.resolve("server.properties");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            config.store(writer, "written by KafkaBrokerProcess; regenerated at every start");
        }
        return file;
    }

    private Path writeLogbackConfig() throws IOException {
        Path file = dataDir.resolve("broker-logback.xml");
        Files.writeString(file, """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
                  </appender>
                  <logger name="kafka" level="WARN"/>
                  <logger name="org.apache.kafka" level="WARN"/>
                  <logger name="state.change.logger" level="WARN"/>
                  <root level="WARN"><appender-ref ref="OUT"/></root>
                </configuration>
                """);
        return file;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }

    /** Ports default to free ones; the heap to what a development broker needs. */
    public static final class Builder {
        private final Path dataDir;
        private int port;
        private int controllerPort;
        private String maxHeap = "512m";
        private final Map<String, String> overrides = new java.util.LinkedHashMap<>();

        private Builder(Path dataDir) {
            this.dataDir = dataDir;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder controllerPort(int controllerPort) {
            this.controllerPort = controllerPort;
            return this;
        }

        public Builder maxHeap(String maxHeap) {
            this.maxHeap = maxHeap;
            return this;
        }

        public Builder override(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        public KafkaBrokerProcess build() {
            return new KafkaBrokerProcess(this);
        }
    }
}
