package org.coop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.coop.platform.security.PlatformRole;
import org.coop.platform.test.TestTokens;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The anonymous limit counts every API request without a verified token: once an address is
 * limited, no {@code Authorization} header of another scheme gets its requests forwarded again;
 * a verified token is not limited; a token that fails verification is refused (401).
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=gateway", "platform.gateway.seed-demo=true",
                "platform.gateway.anonymous-per-client-per-minute=3",
                "spring.mongodb.database=gateway_limit_test"})
@WithPlatformInfrastructure
class AnonymousRateLimitTest {

    static final StubService STUB = new StubService();
    static final String PUBLIC_TRIP = "/api/approvals/public/trips/trip-1";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("platform.gateway.routes.approvals.uri", STUB::baseUrl);
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @Test
    void onceLimitedNoUnverifiedAuthorizationHeaderGetsThrough(TestTokens tokens) {
        String token = signInAsAdmin();
        for (int request = 1; request < 3; request++) {
            get(PUBLIC_TRIP, null).expectStatus().isOk();
        }
        get(PUBLIC_TRIP, null).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        for (String header : new String[] {"Basic YWRtaW46Y29vcC1kZW1v", "Digest username=\"admin\"", "x", ""}) {
            get(PUBLIC_TRIP, header).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        }
        for (String malformedBearer : new String[] {"Bearer", "bearer ", "Bearer not a token"}) {
            get(PUBLIC_TRIP, malformedBearer).expectStatus().value(status -> assertThat(status)
                    .as("Authorization: " + malformedBearer).isIn(401, 429));
        }
        get(PUBLIC_TRIP, "Bearer " + tokens.token(PlatformRole.COLLEGE, "org-x").tampered().build())
                .expectStatus().isUnauthorized();
        get(PUBLIC_TRIP, "Bearer " + token).expectStatus().isOk();
    }

    private String signInAsAdmin() {
        Map<?, ?> body = client().post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "admin", "password", "coop-demo")).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return (String) body.get("access_token");
    }

    private WebTestClient.ResponseSpec get(String path, String authorization) {
        return client().get().uri(path)
                .headers(h -> {
                    if (authorization != null) {
                        h.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                }).exchange();
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }
}
