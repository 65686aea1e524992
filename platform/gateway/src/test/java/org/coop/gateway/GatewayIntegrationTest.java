package org.coop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coop.gateway.seed.DemoSeeder;
import org.coop.platform.infra.Ports;
import org.coop.platform.security.PlatformSecurityAutoConfiguration;
import org.coop.platform.security.PlatformSecurityProperties;
import org.coop.platform.test.HttpEdgeChecks;
import org.coop.platform.test.RawHttp;
import org.coop.platform.test.TestTokens;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Sign-in, tokens, JWKS and resilient routing, over real HTTP against the embedded store. */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=gateway", "platform.gateway.seed-demo=true",
                "platform.gateway.routes.matchmaking.response-timeout=1s",
                "spring.mongodb.database=gateway_test"})
@WithPlatformInfrastructure
class GatewayIntegrationTest {

    static final String PASSWORD = "coop-demo";
    static final StubService STUB = new StubService();
    static final int CLOSED_PORT = Ports.freePort();

    @LocalServerPort
    int port;
    @Autowired
    DemoSeeder seeder;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("platform.gateway.routes.matchmaking.uri", STUB::baseUrl);
        registry.add("platform.gateway.routes.matchmaking-stream.uri", STUB::baseUrl);
        registry.add("platform.gateway.routes.proposal.uri", () -> "http://127.0.0.1:" + CLOSED_PORT);
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @Test
    void aDemoUserSignsInAndGetsATokenTheServicesAccept() {
        Map<String, Object> body = signIn("km.staff", PASSWORD).expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(body).containsEntry("token_type", "Bearer").containsEntry("expires_in", 600);
        assertThat((String) body.get("refresh_token")).hasSizeGreaterThan(30);

        PlatformSecurityProperties services = new PlatformSecurityProperties();
        services.setIssuer(TestTokens.ISSUER);
        services.setAudience("coop-platform");
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withJwkSetUri("http://localhost:" + port + "/.well-known/jwks.json")
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(PlatformSecurityAutoConfiguration.tokenValidator(services));
        Jwt jwt = decoder.decode((String) body.get("access_token")).block(Duration.ofSeconds(10));

        assertThat(jwt.getHeaders()).containsEntry("typ", "at+jwt").containsEntry("alg", "RS256");
        assertThat(jwt.getClaimAsString("org")).isEqualTo("org-yn-kmvtc");
        assertThat(jwt.getClaimAsString("org_kind")).isEqualTo("COLLEGE");
        assertThat(jwt.getClaimAsString("province")).isEqualTo("YN");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("COLLEGE");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void positionsInsideTheOrganizationTravelInTheToken() {
        Map<String, Object> body = signIn("km.intl", PASSWORD).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) body.get("user");
        assertThat(user.get("positions")).isEqualTo(List.of("INTERNATIONAL_OFFICE"));
        client().get().uri("/api/auth/me").headers(h -> h.setBearerAuth((String) body.get("access_token")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.organizationName").isEqualTo("Kunming Vocational and Technical College")
                .jsonPath("$.positions[0]").isEqualTo("INTERNATIONAL_OFFICE");
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswer() {
        String wrongPassword = signIn("yn.edu", "not-the-password").expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody().get("detail").toString();
        String unknownUser = signIn("nobody-" + UUID.randomUUID(), "whatever").expectStatus().isUnauthorized()
                .expectBody(Map.class).returnResult().getResponseBody().get("detail").toString();
        assertThat(wrongPassword).isEqualTo(unknownUser).isEqualTo("Unknown username or wrong password");
    }

    @Test
    void theSixthSignInAttemptWithinAMinuteIsRefusedWith429() {
        String username = "guess-" + UUID.randomUUID();
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(username, "guess-" + attempt).expectStatus().isUnauthorized();
        }
        signIn(username, "guess-6").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().exists("Retry-After")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://coop-platform.example/problems/rate-limited");
    }

    @Test
    void aMalformedSignInIsAValidationProblem() {
        client().post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "", "password", "x")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("username");
        client().post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\": ").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://coop-platform.example/problems/malformed-request");
    }

    @Test
    void aRefreshTokenWorksOnceAndItsReuseRevokesTheWholeFamily() {
        String first = refreshTokenOf(signIn("la.poly", PASSWORD));
        Map<String, Object> refreshed = refresh(first).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        String second = (String) refreshed.get("refresh_token");
        assertThat(second).isNotEqualTo(first);
        assertThat(refreshed.get("access_token")).isNotNull();

        refresh(first).expectStatus().isUnauthorized();
        refresh(second).expectStatus().isUnauthorized();
    }

    @Test
    void afterSignOutTheRefreshTokenIsDead() {
        String token = refreshTokenOf(signIn("th.rail", PASSWORD));
        client().post().uri("/api/auth/sign-out").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refresh_token", token)).exchange().expectStatus().isNoContent();
        refresh(token).expectStatus().isUnauthorized();
    }

    @Test
    void theJwksPublishesOnlyPublicKeys() {
        client().get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.keys[0].kty").isEqualTo("RSA")
                .jsonPath("$.keys[0].n").exists()
                .jsonPath("$.keys[0].d").doesNotExist()
                .jsonPath("$.keys[0].p").doesNotExist();
    }

    @Test
    void aRouteForwardsTheTokenAndARequestIdToItsService() {
        String token = accessTokenOf(signIn("vn.bacninh", PASSWORD));
        client().get().uri("/api/matchmaking/echo").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.authorization").isEqualTo("Bearer " + token)
                .jsonPath("$.requestId").value(id -> assertThat((String) id).hasSizeGreaterThan(8));
    }

    @Test
    void aTokenThatIsNotValidIsRefusedAtTheGatewayBeforeItReachesAService(TestTokens tokens) {
        client().get().uri("/api/matchmaking/echo")
                .headers(h -> h.setBearerAuth(tokens.token(org.coop.platform.security.PlatformRole.COLLEGE, "x")
                        .tampered().build()))
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aServiceThatIsDownAnswers503ProblemDetailsAtOnce() {
        long started = System.nanoTime();
        client().get().uri("/api/proposals/anything").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://coop-platform.example/problems/service-unavailable")
                .jsonPath("$.service").isEqualTo("proposal")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("proposal"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeAnswers503AfterTheRouteTimeout() {
        String token = accessTokenOf(signIn("la.hotels", PASSWORD));
        long started = System.nanoTime();
        client().get().uri("/api/matchmaking/slow").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("did not answer"));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(900)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void afterRepeatedFailuresTheCircuitOpensAndRequestsAreRefusedWithoutTrying() {
        for (int i = 0; i < 6; i++) {
            client().get().uri("/api/proposals/again").exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        }
        client().get().uri("/api/proposals/again").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("paused"));
    }

    @Test
    void aFailedSignInChallengesTheClient() {
        signIn("yn.edu", "not-the-password").expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer realm=\"coop-platform\"");
        refresh("not-a-refresh-token").expectStatus().isUnauthorized()
                .expectHeader().exists("WWW-Authenticate");
    }

    @Test
    void refusalsOfTheHttpLayerAreProblemDetails() {
        HttpEdgeChecks.httpLayerRefusalsAreProblemDetails(port, "/api/matchmaking/needs");
        HttpEdgeChecks.httpLayerRefusalsAreProblemDetails(port, "/api/auth/me");
        HttpEdgeChecks.assertProblem(RawHttp.exchange(port, "PUT", "/.well-known/jwks.json"), 405,
                "method-not-allowed");
        HttpEdgeChecks.assertProblem(RawHttp.exchange(port, "GET", "/.well-known/jwks.json",
                "Accept: application/xml"), 406, "not-acceptable");
        client().post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\": \"" + "x".repeat(100_000) + "\"}").exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theHealthIsUpWhileTheGatewayCanServe() {
        HttpEdgeChecks.healthIsUp(port);
    }

    @Test
    void aKeptAliveConnectionIsStillReadAfterQuickAnswersQueuedBehindAProxiedCall() {
        HttpEdgeChecks.aKeptAliveConnectionIsStillReadAfterQueuedQuickAnswers(port,
                RawHttp.request("GET", "/api/matchmaking/pause"), RawHttp.request("GET", "/console"));
        HttpEdgeChecks.aKeptAliveConnectionIsStillReadAfterQueuedQuickAnswers(port,
                RawHttp.request("GET", "/api/matchmaking/pause"), RawHttp.request("GET", "/no-such-page"));
    }

    @Test
    void theDemoDataIsSeededOnceAndASecondRunSeedsNothing() {
        signIn("admin", PASSWORD).expectStatus().isOk();
        assertThat(seeder.seed().block(Duration.ofSeconds(30))).isFalse();
    }

    private WebTestClient.ResponseSpec signIn(String username, String password) {
        return client().post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password)).exchange();
    }

    private WebTestClient.ResponseSpec refresh(String refreshToken) {
        return client().post().uri("/api/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refresh_token", refreshToken)).exchange();
    }

    private static String refreshTokenOf(WebTestClient.ResponseSpec response) {
        return (String) response.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()
                .get("refresh_token");
    }

    private static String accessTokenOf(WebTestClient.ResponseSpec response) {
        return (String) response.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()
                .get("access_token");
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }
}
