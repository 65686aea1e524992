package org.coop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.coop.platform.test.input.PropertyCheck;
import org.coop.platform.test.input.Refusals;
import org.coop.platform.test.input.WrongBodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway reads JSON only at sign-in, refresh and sign-out: any wrong body (docs/problems.md,
 * "Input rules") is a 4xx Problem Details, never a 5xx, and issues, rotates or revokes no refresh
 * token. Each property then shows its valid body is accepted.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=gateway", "platform.gateway.seed-demo=true",
                "spring.mongodb.database=gateway_wrong_bodies",
                // every wrong body must reach the checks: the anonymous limit (tested elsewhere) stays out of the way
                "platform.gateway.anonymous-per-client-per-minute=100000"})
@WithPlatformInfrastructure
class WrongBodiesPropertyTest {

    @LocalServerPort
    int port;
    @Autowired
    ReactiveMongoTemplate mongo;

    private WebTestClient client() {
        return Refusals.client(port);
    }

    /** Refresh tokens issued, and of them revoked. */
    private Map<String, Long> refreshTokens() {
        return Map.of("issued", mongo.count(new Query(), "refresh_tokens").block(),
                "revoked", mongo.count(Query.query(Criteria.where("revokedAt").exists(true)), "refresh_tokens").block());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String path, Map<String, Object> body) {
        return client().post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @Test
    void wrongSignInsRefreshesAndSignOutsTouchNoToken() {
        WebTestClient client = client();
        Map<String, Object> signIn = Map.of("username", "km.staff", "password", GatewayIntegrationTest.PASSWORD);
        Map<String, Long> before = refreshTokens();
        PropertyCheck.forAll("POST /api/auth/token refuses wrong bodies",
                WrongBodies.from(signIn).required("username", "password")::next, wrong -> {
                    Refusals.assertRefused(client, HttpMethod.POST, "/api/auth/token", null, wrong);
                    assertThat(refreshTokens()).isEqualTo(before);
                });
        String refreshToken = (String) post("/api/auth/token", signIn).get("refresh_token");

        Map<String, Long> signedIn = refreshTokens();
        WrongBodies refreshes = WrongBodies.from(Map.of("refresh_token", refreshToken)).required("refresh_token");
        PropertyCheck.forAll("POST /api/auth/refresh refuses wrong bodies", refreshes::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.POST, "/api/auth/refresh", null, wrong);
            assertThat(refreshTokens()).isEqualTo(signedIn);
        });
        PropertyCheck.forAll("POST /api/auth/sign-out refuses wrong bodies", refreshes::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.POST, "/api/auth/sign-out", null, wrong);
            assertThat(refreshTokens()).isEqualTo(signedIn);
        });
        String rotated = (String) post("/api/auth/refresh", Map.of("refresh_token", refreshToken)).get("refresh_token");
        client.post().uri("/api/auth/sign-out").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refresh_token", rotated)).exchange().expectStatus().isNoContent();
    }
}
