package org.coop.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the local stack the way a developer does (a JVM from the built jar and its classpath),
 * signs in through the gateway, stops it like Ctrl-C, starts it again on the same data and checks
 * nothing is seeded twice; and refuses to start on a taken port, naming it.
 */
class LocalStackIT {

    @TempDir
    Path dataDir;

    @Test
    void theStackStartsSignsInStopsAndRestartsOnItsDataWithoutSeedingTwice() throws Exception {
        StackUnderTest.StackPorts ports = new StackUnderTest.StackPorts();
        StackUnderTest first = StackUnderTest.start(ports, dataDir.resolve("data"), dataDir.resolve("first.log"));
        try {
            Duration firstReady = first.awaitReady();
            assertThat(first.output()).contains("Seeded 12 demo organizations and 19 demo accounts")
                    .contains("demo     4 subscriptions, 2 offers and 3 needs")
                    .contains("demo     1 trip request waiting for km.intl")
                    .contains("demo     1 forum open for registration (forum.org), km's delegation registered");
            assertThat(signIn(ports.gateway, "km.staff")).isEqualTo(200);
            assertThat(signIn(ports.gateway, "km.staff-typo")).isEqualTo(401);
            String token = accessToken(ports.gateway, "km.staff");
            assertThat(get(ports.gateway, "/api/matchmaking/vocabulary", token)).as("matchmaking through the gateway")
                    .isEqualTo(200);
            assertThat(get(ports.gateway, "/api/approvals/policy", token)).as("approvals through the gateway")
                    .isEqualTo(200);
            assertThat(get(ports.gateway, "/api/approvals/policy", null)).as("no token").isEqualTo(401);
            first.record("first start", firstReady);
        } finally {
            first.stopLikeCtrlC();
        }
        assertThat(first.output()).contains("Stopped.");
        assertThat(org.coop.platform.infra.Ports.inUse(ports.kafka)).as("the broker stopped with the stack").isFalse();

        StackUnderTest second = StackUnderTest.start(ports, dataDir.resolve("data"), dataDir.resolve("second.log"));
        try {
            Duration secondReady = second.awaitReady();
            assertThat(second.output()).contains("Demo data already seeded").doesNotContain("Seeded 12 demo")
                    .doesNotContain("demo     4 subscriptions");
            assertThat(signIn(ports.gateway, "la.poly")).isEqualTo(200);
            second.record("second start", secondReady);
        } finally {
            second.stopLikeCtrlC();
        }
    }

    @Test
    void aPortInUseIsNamedWithThePropertyThatMovesIt() throws Exception {
        StackUnderTest.StackPorts ports = new StackUnderTest.StackPorts();
        try (java.net.ServerSocket taken = new java.net.ServerSocket(ports.gateway)) {
            StackUnderTest refused = StackUnderTest.start(ports, dataDir.resolve("data"), dataDir.resolve("refused.log"));
            assertThat(refused.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
            assertThat(refused.output()).contains("Port " + ports.gateway + " (the gateway) is already in use")
                    .contains("-Dcoop.gateway.port=<port>").contains("COOP_GATEWAY_PORT=<port>");
        }
    }

    private static int signIn(int gatewayPort, String username) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + gatewayPort + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"coop-demo\"}"))
                .timeout(Duration.ofSeconds(30)).build();
        return GatewayClient.freshClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String accessToken(int gatewayPort, String username) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + gatewayPort + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"coop-demo\"}"))
                .timeout(Duration.ofSeconds(30)).build();
        String body = GatewayClient.freshClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
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
        return GatewayClient.freshClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
