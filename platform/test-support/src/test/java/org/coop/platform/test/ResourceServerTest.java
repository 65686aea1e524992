package org.coop.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.coop.platform.security.PlatformRole;
import org.coop.platform.test.notebook.NotebookApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every service inherits from platform-security: which tokens are refused (401), which
 * roles (403), another organization's object (404, like a missing one), and Problem Details
 * for every error, with no internals leaked.
 */
@SpringBootTest(classes = NotebookApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.http.codecs.max-in-memory-size=2KB")
class ResourceServerTest {

    static final TestTokens TOKENS = TestTokens.instance();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("platform.security.jwk-set-uri", TOKENS::jwkSetUri);
        registry.add("platform.security.issuer", () -> TestTokens.ISSUER);
        registry.add("platform.security.audience", () -> TestTokens.AUDIENCE);
    }

    @Test
    void aValidTokenOfTheOwningOrganizationReadsItsObject() {
        get("/api/notebook/notes/note-a", TOKENS.forUser(PlatformRole.COLLEGE, "org-a"))
                .expectStatus().isOk().expectBody().jsonPath("$.text").isEqualTo("Kunming internship plan");
    }

    @Test
    void everyKindOfBadTokenIsRefusedWith401ProblemDetails() {
        Map<String, String> badTokens = Map.of(
                "expired", TOKENS.token(PlatformRole.COLLEGE, "org-a").expired(Duration.ofMinutes(5)).build(),
                "wrong issuer", TOKENS.token(PlatformRole.COLLEGE, "org-a").issuer("https://elsewhere.example").build(),
                "wrong audience", TOKENS.token(PlatformRole.COLLEGE, "org-a").audience("another-system").build(),
                "alg none", TOKENS.token(PlatformRole.COLLEGE, "org-a").unsigned().build(),
                "tampered signature", TOKENS.token(PlatformRole.COLLEGE, "org-a").tampered().build(),
                "unknown signing key", TOKENS.token(PlatformRole.COLLEGE, "org-a").signedByUnknownKey().build(),
                "not an access token (typ JWT)", TOKENS.token(PlatformRole.COLLEGE, "org-a").type("JWT").build(),
                "unknown role", TOKENS.token(PlatformRole.COLLEGE, "org-a").rawRole("SUPERUSER").build(),
                "no organization", TOKENS.token(PlatformRole.COLLEGE, null).build(),
                "garbage", "not.a.jwt");
        badTokens.forEach((why, token) -> get("/api/notebook/notes/note-a", token)
                .expectStatus().value(status -> assertThat(status).as(why).isEqualTo(401))
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("WWW-Authenticate")
                .expectBody().jsonPath("$.type").isEqualTo("https://coop-platform.example/problems/unauthenticated"));
        get("/api/notebook/notes/note-a", null).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aValidTokenWithTheWrongRoleIsForbidden() {
        client().post().uri("/api/notebook/notes")
                .headers(h -> h.setBearerAuth(TOKENS.forUser(PlatformRole.ENTERPRISE, "org-a")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "hello")).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://coop-platform.example/problems/forbidden");
        get("/api/notebook/reviews", TOKENS.forUser(PlatformRole.COLLEGE, "org-a")).expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").isEqualTo("this action needs one of the roles GOV_OFFICER");
        get("/api/notebook/admin/stats", TOKENS.forUser(PlatformRole.GOV_OFFICER, "org-a")).expectStatus().isForbidden();
        get("/api/notebook/admin/stats", TOKENS.forUser(PlatformRole.PLATFORM_ADMIN, "ops")).expectStatus().isOk();
    }

    @Test
    void anotherOrganizationsObjectLooksExactlyLikeOneThatDoesNotExist() {
        String stranger = TOKENS.forUser(PlatformRole.COLLEGE, "org-b");
        Map<String, Object> theirs = get("/api/notebook/notes/note-a", stranger).expectStatus().isNotFound()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> missing = get("/api/notebook/notes/note-zz", stranger).expectStatus().isNotFound()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(theirs.keySet()).isEqualTo(missing.keySet());
        assertThat(theirs.get("type")).isEqualTo(missing.get("type"));
        assertThat(theirs.get("title")).isEqualTo(missing.get("title"));
        assertThat((String) theirs.get("detail")).isEqualTo("No note with id note-a");
    }

    @Test
    void anUnexpectedFailureIsA500ProblemWithARequestIdAndNoInternals() {
        Map<String, Object> body = get("/api/notebook/broken", TOKENS.forUser(PlatformRole.COLLEGE, "org-a"))
                .expectStatus().isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(body).containsKeys("type", "title", "status", "detail", "instance", "requestId")
                .doesNotContainKeys("trace", "exception", "message", "error");
        assertThat(body.toString()).doesNotContain("hunter2").doesNotContain("IllegalStateException")
                .doesNotContain("at org.");
    }

    @Test
    void badRequestsGetTheRightStatusAndAClearProblem() {
        String college = TOKENS.forUser(PlatformRole.COLLEGE, "org-a");
        client().post().uri("/api/notebook/notes").headers(h -> h.setBearerAuth(college))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("text")
                .jsonPath("$.errors[0].code").isEqualTo("NotBlank");
        client().post().uri("/api/notebook/notes").headers(h -> h.setBearerAuth(college))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"text\": \"unterminated").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://coop-platform.example/problems/malformed-request");
        client().post().uri("/api/notebook/notes").headers(h -> h.setBearerAuth(college))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"text\": \"" + "x".repeat(4000) + "\"}").exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectBody().jsonPath("$.type").isEqualTo("https://coop-platform.example/problems/payload-too-large");
        client().post().uri("/api/notebook/notes").headers(h -> h.setBearerAuth(college))
                .contentType(MediaType.TEXT_PLAIN).bodyValue("hello").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        client().delete().uri("/api/notebook/notes").headers(h -> h.setBearerAuth(college)).exchange()
                .expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED).expectHeader().exists("Allow");
        get("/api/notebook/nowhere", college).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aBrokenBusinessRuleIs422ListingEveryViolationWithItsValues() {
        client().post().uri("/api/notebook/notes/note-a/publish")
                .headers(h -> h.setBearerAuth(TOKENS.forUser(PlatformRole.COLLEGE, "org-a")))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://coop-platform.example/problems/rule-violation")
                .jsonPath("$.violations.length()").isEqualTo(2)
                .jsonPath("$.violations[0].rule").isEqualTo("lead-time")
                .jsonPath("$.violations[0].values.requiredDays").isEqualTo(45)
                .jsonPath("$.violations[1].message").isEqualTo("delegation of 6 > 5 allowed");
    }

    @Test
    void problemTitlesFollowTheCallersLanguage() {
        client().get().uri("/api/notebook/notes/note-zz")
                .headers(h -> {
                    h.setBearerAuth(TOKENS.forUser(PlatformRole.COLLEGE, "org-b"));
                    h.set("Accept-Language", "zh-CN");
                })
                .exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.title").isEqualTo("未找到");
        client().get().uri("/api/notebook/notes/note-zz")
                .headers(h -> {
                    h.setBearerAuth(TOKENS.forUser(PlatformRole.COLLEGE, "org-b"));
                    h.set("Accept-Language", "vi");
                })
                .exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.title").isEqualTo("Không tìm thấy");
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return client().get().uri(path).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
        }).exchange();
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }
}
