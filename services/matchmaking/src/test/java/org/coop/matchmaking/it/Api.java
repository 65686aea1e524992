package org.coop.matchmaking.it;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.coop.platform.security.PlatformRole;
import org.coop.platform.test.TestTokens;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

/** Calls the service as a given user, and opens that user's live stream. */
final class Api {

    static final String BASE = "/api/matchmaking";

    private final int port;
    private final String token;
    private final WebTestClient client;

    private Api(int port, String token) {
        this.port = port;
        this.token = token;
        this.client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(60))
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .build();
    }

    static Api as(int port, String token) {
        return new Api(port, token);
    }

    static String org(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String college(TestTokens tokens, String organization) {
        return tokens.token(PlatformRole.COLLEGE, organization).province("YN").country("CN")
                .organizationKind("COLLEGE").build();
    }

    static String enterprise(TestTokens tokens, String organization) {
        return tokens.token(PlatformRole.ENTERPRISE, organization).country("VN").organizationKind("ENTERPRISE")
                .build();
    }

    static String institution(TestTokens tokens, String organization) {
        return tokens.token(PlatformRole.INSTITUTION, organization).country("LA").organizationKind("INSTITUTION")
                .build();
    }

    static String officer(TestTokens tokens, String organization, String province) {
        return tokens.token(PlatformRole.GOV_OFFICER, organization).province(province).country("CN")
                .organizationKind("EDUCATION_DEPARTMENT").username("officer-" + organization).build();
    }

    WebTestClient client() {
        return client;
    }

    WebTestClient.ResponseSpec get(String path) {
        return client.get().uri(BASE + path).exchange();
    }

    WebTestClient.ResponseSpec post(String path, Object body) {
        WebTestClient.RequestBodySpec spec = client.post().uri(BASE + path);
        return body == null ? spec.exchange() : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec put(String path, Object body) {
        return client.put().uri(BASE + path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec delete(String path) {
        return client.delete().uri(BASE + path).exchange();
    }

    Map<String, Object> created(String path, Object body) {
        return expect(post(path, body), 201);
    }

    Map<String, Object> ok(WebTestClient.ResponseSpec response) {
        return expect(response, 200);
    }

    /** The JSON body of a response with the given status; on any other status the body is in the failure. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> expect(WebTestClient.ResponseSpec response, int status) {
        var result = response.expectBody(String.class).returnResult();
        String body = result.getResponseBody();
        org.assertj.core.api.Assertions.assertThat(result.getStatus().value()).as("status; body: %s", body)
                .isEqualTo(status);
        return body == null ? Map.of() : org.coop.platform.events.EventJson.mapper().readValue(body, Map.class);
    }

    /** Opens the live stream; events (heartbeats excluded) collect in the returned recorder. */
    Stream stream(String lastEventId) {
        List<ServerSentEvent<String>> events = new CopyOnWriteArrayList<>();
        Disposable subscription = WebClient.create("http://127.0.0.1:" + port).get().uri(BASE + "/stream")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .headers(headers -> {
                    if (lastEventId != null) {
                        headers.set("Last-Event-ID", lastEventId);
                    }
                })
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() { })
                .filter(event -> event.event() != null)
                .subscribe(events::add);
        return new Stream(events, subscription);
    }

    /** A connected live stream. */
    record Stream(List<ServerSentEvent<String>> events, Disposable subscription) implements AutoCloseable {

        List<ServerSentEvent<String>> named(String name) {
            return events.stream().filter(e -> name.equals(e.event())).toList();
        }

        boolean connected() {
            return !named("connected").isEmpty();
        }

        @Override
        public void close() {
            subscription.dispose();
        }
    }
}
