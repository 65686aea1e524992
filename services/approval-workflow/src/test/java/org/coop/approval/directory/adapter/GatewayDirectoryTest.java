package org.coop.approval.directory.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.coop.approval.directory.application.Member;
import org.coop.platform.infra.Ports;
import org.coop.platform.web.ServiceUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The gateway adapter over real HTTP against a small stand-in for the gateway's directory
 * endpoint, to make it fail in the ways the real one can: slow, erroring, refusing, away. (The
 * answers of the real endpoint are checked in {@code GatewayDirectoryContractTest}.)
 */
class GatewayDirectoryTest {

    static final String COLLEGE = "org-yn-kmvtc";
    static final String TOKEN = "the-callers-token";
    /** As the service runs (approval.directory.timeout): the first calls of a cold JVM need it. */
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** What the stand-in answers: status, body, and how long it waits first. */
    record Reply(int status, String body, Duration delay) {
    }

    HttpServer server;
    final List<String> queries = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final AtomicReference<Reply> reply = new AtomicReference<>();
    GatewayDirectory directory;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext(GatewayDirectory.PATH, this::answer);
        server.start();
        directory = directoryAt("http://127.0.0.1:" + server.getAddress().getPort(), TIMEOUT);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    static GatewayDirectory directoryAt(String url, Duration timeout) {
        return GatewayDirectory.create(WebClient.builder(), url, timeout, Duration.ofSeconds(30), 1000,
                TimeLimiterRegistry.ofDefaults(), CircuitBreakerRegistry.ofDefaults(), RetryRegistry.ofDefaults());
    }

    private void answer(HttpExchange exchange) throws IOException {
        queries.add(URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8));
        authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        Reply now = reply.get();
        try {
            Thread.sleep(now.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = now.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(now.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    static final String TEACHER = """
            {"members":{"km.teacher":{"id":"user-1","username":"km.teacher","displayName":"Zhou Yan",
            "organizationId":"org-yn-kmvtc","roles":["COLLEGE"],"positions":[],"enabled":true,"since":"ignored"}}}""";

    static <T> Mono<T> asCaller(Mono<T> call) {
        Jwt jwt = Jwt.withTokenValue(TOKEN).header("alg", "RS256").subject("user-2").build();
        return call.contextWrite(ReactiveSecurityContextHolder.withAuthentication(new JwtAuthenticationToken(jwt)));
    }

    Map<String, Member> members(String... references) {
        return asCaller(directory.membersOf(COLLEGE, List.of(references))).block(Duration.ofSeconds(10));
    }

    @Test
    void asksWithTheCallersTokenAndRemembersWhoIsAndWhoIsNot() {
        reply.set(new Reply(200, TEACHER, Duration.ZERO));

        Map<String, Member> found = members("km.teacher", "nn.staff");

        assertThat(found).containsOnlyKeys("km.teacher");
        assertThat(found.get("km.teacher")).isEqualTo(new Member("user-1", "km.teacher", "Zhou Yan", COLLEGE,
                java.util.Set.of("COLLEGE"), java.util.Set.of(), true));
        assertThat(queries).containsExactly("ids=km.teacher,nn.staff");
        assertThat(authorizations).containsExactly("Bearer " + TOKEN);
        // remembered, the absent one too: no second request
        assertThat(members("nn.staff", "km.teacher")).containsOnlyKeys("km.teacher");
        assertThat(queries).hasSize(1);
        members("km.teacher", "new.colleague");
        assertThat(queries).last().isEqualTo("ids=new.colleague");
    }

    @Test
    void aMemberOfAnotherOrganizationInTheAnswerCountsAsNobody() {
        reply.set(new Reply(200, TEACHER.replace("org-yn-kmvtc", "org-gx-nncvt"), Duration.ZERO));
        assertThat(members("km.teacher")).isEmpty();
    }

    @Test
    void aServerErrorIsTriedOnceMoreThenAnswered503() {
        reply.set(new Reply(500, "", Duration.ZERO));
        assertThatThrownBy(() -> members("km.teacher")).isInstanceOfSatisfying(ServiceUnavailableException.class,
                unavailable -> {
                    assertThat(unavailable.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(unavailable.properties()).containsEntry("service", "directory");
                    assertThat(unavailable.retryAfter()).isPositive();
                });
        assertThat(queries).hasSize(2);
    }

    @Test
    void aRefusalIsNotRetriedAndIsNoOutageButStillRefusesTheWrite() {
        reply.set(new Reply(401, "{}", Duration.ZERO));
        assertThatThrownBy(() -> members("km.teacher")).isInstanceOf(ServiceUnavailableException.class);
        assertThat(queries).hasSize(1);
        assertThat(GatewayDirectory.isOutage(new RuntimeException("connection reset"))).isTrue();
    }

    @Test
    void aDirectoryThatDoesNotAnswerInTimeIsGivenUpAfterTwoTimeouts() {
        reply.set(new Reply(200, TEACHER, Duration.ZERO));
        members("warm.up");
        reply.set(new Reply(200, TEACHER, Duration.ofSeconds(10)));
        Duration timeout = Duration.ofMillis(500);
        GatewayDirectory impatient = directoryAt("http://127.0.0.1:" + server.getAddress().getPort(), timeout);
        long started = System.nanoTime();
        assertThatThrownBy(() -> asCaller(impatient.membersOf(COLLEGE, List.of("km.teacher"))).block())
                .isInstanceOf(ServiceUnavailableException.class);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isGreaterThanOrEqualTo(timeout.multipliedBy(2)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aDirectoryThatIsAwayIsAnswered503AtOnce() {
        GatewayDirectory away = directoryAt("http://127.0.0.1:" + Ports.freePort(), TIMEOUT);
        long started = System.nanoTime();
        assertThatThrownBy(() -> asCaller(away.membersOf(COLLEGE, List.of("km.teacher"))).block())
                .isInstanceOf(ServiceUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.multipliedBy(2));
    }

    @Test
    void afterRepeatedFailuresTheCircuitOpensAndTheDirectoryIsNotEvenAsked() {
        reply.set(new Reply(503, "", Duration.ZERO));
        for (int call = 0; call < 2; call++) {
            String reference = "someone-" + call;
            assertThatThrownBy(() -> members(reference)).isInstanceOf(ServiceUnavailableException.class);
        }
        assertThat(queries).hasSize(4);
        reply.set(new Reply(200, TEACHER, Duration.ZERO));
        assertThatThrownBy(() -> members("km.teacher")).isInstanceOf(ServiceUnavailableException.class);
        assertThat(queries).as("four failed attempts of ten opened the circuit").hasSize(4);
    }

    @Test
    void withoutASignedInCallerTheDirectoryIsNotAsked() {
        reply.set(new Reply(200, TEACHER, Duration.ZERO));
        assertThatThrownBy(() -> directory.membersOf(COLLEGE, List.of("km.teacher")).block())
                .isInstanceOf(IllegalStateException.class);
        assertThat(queries).isEmpty();
    }
}
