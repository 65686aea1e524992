package org.coop.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coop.platform.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the local stack the way a developer does (a JVM from the built jar and its classpath),
 * signs in through the gateway, stops it like Ctrl-C, starts it again on the same data and checks
 * nothing is seeded twice; and refuses to start on a taken port, naming it.
 */
class LocalStackIT {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    @TempDir
    Path dataDir;

    @Test
    void theStackStartsSignsInStopsAndRestartsOnItsDataWithoutSeedingTwice() throws Exception {
        Ports ports = new Ports();
        Path firstLog = dataDir.resolve("first.log");
        Process first = start(ports, firstLog);
        try {
            Duration firstReady = awaitReady(first, firstLog);
            assertThat(Files.readString(firstLog)).contains("Seeded 12 demo organizations and 16 demo accounts");
            assertThat(signIn(ports.gateway, "km.staff")).isEqualTo(200);
            assertThat(signIn(ports.gateway, "km.staff-typo")).isEqualTo(401);
            String token = accessToken(ports.gateway, "km.staff");
            assertThat(get(ports.gateway, "/api/matchmaking/vocabulary", token)).as("matchmaking through the gateway")
                    .isEqualTo(200);
            assertThat(get(ports.gateway, "/api/approvals/policy", token)).as("approvals through the gateway")
                    .isEqualTo(200);
            assertThat(get(ports.gateway, "/api/approvals/policy", null)).as("no token").isEqualTo(401);
            record("first start", firstReady, first);
        } finally {
            stopLikeCtrlC(first);
        }
        assertThat(Files.readString(firstLog)).contains("Stopped.");
        assertThat(Ports.inUse(ports.kafka)).as("the broker stopped with the stack").isFalse();

        Path secondLog = dataDir.resolve("second.log");
        Process second = start(ports, secondLog);
        try {
            Duration secondReady = awaitReady(second, secondLog);
            String log = Files.readString(secondLog);
            assertThat(log).contains("Demo data already seeded").doesNotContain("Seeded 12 demo");
            assertThat(signIn(ports.gateway, "la.poly")).isEqualTo(200);
            record("second start", secondReady, second);
        } finally {
            stopLikeCtrlC(second);
        }
    }

    @Test
    void aPortInUseIsNamedWithThePropertyThatMovesIt() throws Exception {
        Ports ports = new Ports();
        try (java.net.ServerSocket taken = new java.net.ServerSocket(ports.gateway)) {
            Path log = dataDir.resolve("refused.log");
            Process process = start(ports, log);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(2);
            assertThat(Files.readString(log)).contains("Port " + ports.gateway + " (the gateway) is already in use")
                    .contains("-Dcoop.gateway.port=<port>").contains("COOP_GATEWAY_PORT=<port>");
        }
    }

    /** Free ports for one stack, so the test never collides with a stack a developer runs. */
    private static final class Ports {
        final int gateway = org.coop.platform.infra.Ports.freePort();
        final int kafka = org.coop.platform.infra.Ports.freePort();
        final int controller = org.coop.platform.infra.Ports.freePort();
        final int mongo = org.coop.platform.infra.Ports.freePort();
        final List<Integer> services = List.of(org.coop.platform.infra.Ports.freePort(),
                org.coop.platform.infra.Ports.freePort(), org.coop.platform.infra.Ports.freePort(),
                org.coop.platform.infra.Ports.freePort());

        static boolean inUse(int port) {
            return org.coop.platform.infra.Ports.inUse(port);
        }
    }

    private Process start(Ports ports, Path log) throws IOException {
        String classpath = System.getProperty("localStack.jar") + java.io.File.pathSeparator
                + Files.readString(Path.of(System.getProperty("localStack.classpath"))).trim();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+UseSerialGC",
                "-Dcoop.data-dir=" + dataDir.resolve("data"),
                "-Dcoop.gateway.port=" + ports.gateway,
                "-Dcoop.kafka.port=" + ports.kafka,
                "-Dcoop.kafka.controller-port=" + ports.controller,
                "-Dcoop.mongo.port=" + ports.mongo,
                "-Dcoop.kafka.heap=384m"));
        for (int i = 0; i < ServiceModule.KNOWN.size(); i++) {
            command.add("-D" + ServiceModule.KNOWN.get(i).portProperty() + "=" + ports.services.get(i));
        }
        command.add("-cp");
        command.add(classpath);
        command.add(LocalStack.class.getName());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static Duration awaitReady(Process process, Path log) throws Exception {
        long started = System.nanoTime();
        while (System.nanoTime() - started < READY_TIMEOUT.toNanos()) {
            String output = Files.exists(log) ? Files.readString(log) : "";
            if (output.contains("Ready in")) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            if (!process.isAlive()) {
                throw new AssertionError("the stack exited with " + process.exitValue() + ":\n" + output);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the stack was not ready within " + READY_TIMEOUT + ":\n" + Files.readString(log));
    }

    private static int signIn(int gatewayPort, String username) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + gatewayPort + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"coop-demo\"}"))
                .timeout(Duration.ofSeconds(30)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String accessToken(int gatewayPort, String username) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + gatewayPort + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"coop-demo\"}"))
                .timeout(Duration.ofSeconds(30)).build();
        String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
        assertThat(token.find()).as("a token in " + body).isTrue();
        return token.group(1);
    }

    private static int get(int gatewayPort, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + gatewayPort + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** SIGTERM runs the same shutdown hook as Ctrl-C (SIGINT). */
    private static void stopLikeCtrlC(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the stack did not stop within 90 s");
        }
    }

    /** Time to ready and resident memory (stack JVM + broker JVM), for the record in target/. */
    private static void record(String what, Duration ready, Process stack) throws IOException {
        long stackKb = rssKb(stack.pid());
        long brokerKb = stack.descendants().mapToLong(child -> rssKb(child.pid())).sum();
        String line = what + ": ready in " + ready.toMillis() + " ms, RSS stack " + stackKb / 1024 + " MB + broker "
                + brokerKb / 1024 + " MB = " + (stackKb + brokerKb) / 1024 + " MB" + System.lineSeparator();
        Files.writeString(Path.of("target", "local-stack-measurements.txt"), line,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
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
