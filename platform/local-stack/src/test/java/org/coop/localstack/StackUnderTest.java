package org.coop.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coop.platform.infra.Ports;

/**
 * The local stack started the way a developer starts it (a JVM from the built jar and its
 * classpath, see {@code run-local.sh}) on free ports, so a test never collides with a stack a
 * developer is running; stopped with SIGTERM, which runs the same shutdown hook as Ctrl-C.
 */
final class StackUnderTest {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    /** Free ports for one stack; kept across restarts so the second start finds the same places. */
    static final class StackPorts {
        final int gateway = Ports.freePort();
        final int kafka = Ports.freePort();
        final int controller = Ports.freePort();
        final int mongo = Ports.freePort();
        final List<Integer> services = ServiceModule.KNOWN.stream().map(module -> Ports.freePort()).toList();
    }

    final StackPorts ports;
    final Path log;
    private final Process process;

    private StackUnderTest(StackPorts ports, Path log, Process process) {
        this.ports = ports;
        this.log = log;
        this.process = process;
    }

    static StackUnderTest start(StackPorts ports, Path dataDir, Path log) throws IOException {
        return start(ports, dataDir, log, List.of());
    }

    /** With extra JVM options (system properties every application of the stack reads). */
    static StackUnderTest start(StackPorts ports, Path dataDir, Path log, List<String> jvmOptions) throws IOException {
        String classpath = System.getProperty("localStack.jar") + java.io.File.pathSeparator
                + Files.readString(Path.of(System.getProperty("localStack.classpath"))).trim();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+UseSerialGC",
                "-Dcoop.data-dir=" + dataDir,
                "-Dcoop.gateway.port=" + ports.gateway,
                "-Dcoop.kafka.port=" + ports.kafka,
                "-Dcoop.kafka.controller-port=" + ports.controller,
                "-Dcoop.mongo.port=" + ports.mongo,
                "-Dcoop.kafka.heap=384m"));
        for (int i = 0; i < ServiceModule.KNOWN.size(); i++) {
            command.add("-D" + ServiceModule.KNOWN.get(i).portProperty() + "=" + ports.services.get(i));
        }
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(LocalStack.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new StackUnderTest(ports, log, process);
    }

    String gatewayUrl() {
        return "http://localhost:" + ports.gateway;
    }

    String kafkaBootstrapServers() {
        return "localhost:" + ports.kafka;
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Waits for the "Ready in" line; returns how long it took from now. */
    Duration awaitReady() throws Exception {
        long started = System.nanoTime();
        while (System.nanoTime() - started < READY_TIMEOUT.toNanos()) {
            if (output().contains("Ready in")) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            if (!process.isAlive()) {
                throw new AssertionError("the stack exited with " + process.exitValue() + ":\n" + output());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the stack was not ready within " + READY_TIMEOUT + ":\n" + output());
    }

    /** For a stack expected to refuse to start: its exit code, or an error if it keeps running. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the stack kept running");
        }
        return process.exitValue();
    }

    /** SIGTERM runs the same shutdown hook as Ctrl-C (SIGINT). */
    void stopLikeCtrlC() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the stack did not stop within 90 s");
        }
    }

    /** SIGKILL, like a crashed machine or an OOM killer: no shutdown hook runs. */
    void killLikeACrash() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the stack did not die within 30 s of SIGKILL");
        }
    }

    /**
     * The broker child JVM, found among the stack's descendants by the data-directory marker that
     * heads its command line (the JDK shows only a command line's first 4,096 characters).
     */
    ProcessHandle broker() {
        return process.descendants()
                .filter(child -> child.info().commandLine().orElse("").contains("-Dcoop.broker.data-dir="))
                .findFirst().orElseThrow(() -> new AssertionError("the stack runs no broker"));
    }

    /** Time to ready and resident memory (stack JVM + broker JVM), appended to target/local-stack-measurements.txt. */
    void record(String what, Duration ready) throws IOException {
        long stackKb = rssKb(process.pid());
        long brokerKb = process.descendants().mapToLong(child -> rssKb(child.pid())).sum();
        String line = what + ": ready in " + ready.toMillis() + " ms, RSS stack " + stackKb / 1024 + " MB + broker "
                + brokerKb / 1024 + " MB = " + (stackKb + brokerKb) / 1024 + " MB" + System.lineSeparator();
        Files.writeString(Path.of("target", "local-stack-measurements.txt"), line,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.print(line);
    }

    private static long rssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }
}
