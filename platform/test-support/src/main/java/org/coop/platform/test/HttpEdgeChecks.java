package org.coop.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.coop.platform.test.RawHttp.Reply;

/**
 * What every application of the platform (gateway and services) must answer at its HTTP edge, as
 * checks each application's tests run against itself over a real socket: the refusals the HTTP
 * layer makes before any handler runs are Problem Details, the aggregate health is UP while the
 * application can serve, and a keep-alive connection keeps being read after quick answers.
 */
public final class HttpEdgeChecks {

    public static final String PROBLEMS = "https://coop-platform.example/problems/";

    private HttpEdgeChecks() {
    }

    /**
     * Paths Spring Security's firewall refuses, a request line and headers Reactor Netty refuses,
     * a method and a media type nobody serves: each answered as Problem Details.
     *
     * @param apiPath a path of the application's API, e.g. {@code /api/matchmaking/needs}
     */
    public static void httpLayerRefusalsAreProblemDetails(int port, String apiPath) {
        for (String badPath : new String[] {apiPath + "/a%2Fb", apiPath + "//x", apiPath + ";x=1",
                apiPath + "/%2e%2e/x", apiPath + "/%2E%2E/x", apiPath + "/..%2Fx", apiPath + "/%25"}) {
            assertProblem(RawHttp.exchange(port, "GET", badPath), 400, "malformed-request");
        }
        assertProblem(RawHttp.exchange(port, "GET", apiPath + "/" + "x".repeat(10_000)), 414, "uri-too-long");
        assertProblem(RawHttp.exchange(port, "GET", apiPath, "X-Filler: " + "x".repeat(20_000)), 431,
                "headers-too-large");
        assertProblem(RawHttp.exchange(port, "GET", "/actuator/health", "Accept: application/xml"), 406,
                "not-acceptable");
        Reply notAllowed = RawHttp.exchange(port, "DELETE", "/actuator/health");
        assertProblem(notAllowed, 405, "method-not-allowed");
        assertThat(notAllowed.header("Allow")).as("Allow of " + notAllowed).contains("GET");
    }

    /** The aggregate health and the probes' groups are UP; an unknown group is a 404 problem. */
    public static void healthIsUp(int port) {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness"}) {
            Reply health = RawHttp.exchange(port, "GET", path);
            assertThat(health.status()).as(path + " answered " + health).isEqualTo(200);
            assertThat(health.json().path("status").asString()).as(path).isEqualTo("UP");
        }
        assertProblem(RawHttp.exchange(port, "GET", "/actuator/health/no-such-group"), 404, "not-found");
    }

    /**
     * Requests queued on a keep-alive connection behind one still being served, then answered at
     * once, must not leave the connection unread: the next request on it gets its answer.
     * Reactor Netty 1.3.6 stopped reading here (reactor/reactor-netty#4361): the gateway's
     * connections to a service then waited for an answer that never came.
     *
     * @param slowRequest a request that completes asynchronously (a store read, a proxied call)
     * @param quickRequest a request answered at once (a 403, a 404, a redirect)
     */
    public static void aKeptAliveConnectionIsStillReadAfterQueuedQuickAnswers(int port, String slowRequest,
                                                                               String quickRequest) {
        // A cold application may take seconds for its first store read or proxied call (token keys
        // fetched, connections opened, code compiled); the stall is an answer that never comes.
        try (RawHttp warmUp = RawHttp.connect(port, Duration.ofSeconds(60))) {
            warmUp.write(slowRequest + quickRequest);
            warmUp.read();
            warmUp.read();
        }
        for (int round = 0; round < 3; round++) {
            try (RawHttp connection = RawHttp.connect(port, Duration.ofSeconds(10))) {
                connection.write(slowRequest + quickRequest + quickRequest);
                connection.read();
                connection.read();
                connection.read();
                connection.write(quickRequest);
                assertThat(connection.read().status()).isGreaterThanOrEqualTo(200);
            }
        }
    }

    public static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as("status of " + reply).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as("type of " + reply).startsWith("application/problem+json");
        assertThat(reply.json().path("type").asString()).as("problem type of " + reply).isEqualTo(PROBLEMS + type);
        assertThat(reply.json().path("status").asInt()).isEqualTo(status);
        assertThat(reply.json().path("title").asString()).isNotBlank();
        assertThat(reply.json().path("detail").asString()).isNotBlank();
    }
}
