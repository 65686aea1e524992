package org.coop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.coop.gateway.account.Account;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The directory endpoint over real HTTP against the seeded demo accounts: a caller learns about
 * the people of their own organization only, and cannot tell somebody of another organization
 * from nobody.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=gateway", "platform.gateway.seed-demo=true",
                "spring.mongodb.database=gateway_directory_test"})
@WithPlatformInfrastructure
class DirectoryIntegrationTest {

    static final String PASSWORD = "coop-demo";

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void aUsernameBelongsToOneAccountOnly() {
        Account copy = new Account("user-" + UUID.randomUUID(), "km.staff", "{noop}x", "A second km.staff",
                "org-yn-kmvtc", List.of("COLLEGE"), List.of(), true, java.time.Instant.now());
        assertThatThrownBy(() -> mongo.insert(copy).block(Duration.ofSeconds(10)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCollegeMemberFindsColleaguesByUsernameOrAccountIdAndNobodyElse() {
        String leaderId = (String) ((Map<String, Object>) signIn("km.leader").get("user")).get("id");
        String token = accessToken("km.intl");

        Map<String, Object> members = members(token, "km.teacher", leaderId, "nn.staff", "nobody-" + UUID.randomUUID(),
                " KM.Staff ");

        assertThat(members).containsOnlyKeys("km.teacher", leaderId, " KM.Staff ");
        Map<String, Object> teacher = (Map<String, Object>) members.get("km.teacher");
        assertThat(teacher).containsEntry("username", "km.teacher").containsEntry("displayName", "Zhou Yan")
                .containsEntry("organizationId", "org-yn-kmvtc").containsEntry("roles", List.of("COLLEGE"))
                .containsEntry("positions", List.of()).containsEntry("enabled", true)
                .doesNotContainKey("passwordHash");
        assertThat((String) teacher.get("id")).startsWith("user-");
        assertThat((Map<String, Object>) members.get(leaderId)).containsEntry("username", "km.leader")
                .containsEntry("positions", List.of("COLLEGE_LEADER"));
        assertThat((Map<String, Object>) members.get(" KM.Staff ")).containsEntry("username", "km.staff");
    }

    @Test
    void somebodyOfAnotherOrganizationAndNobodyGetTheSameAnswer() {
        String token = accessToken("km.intl");
        String nnLeaderId = "user-" + UUID.nameUUIDFromBytes("nn.leader".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String foreign = body(token, "ids=nn.staff");
        String foreignById = body(token, "ids=" + nnLeaderId);
        String unknown = body(token, "ids=nobody-" + UUID.randomUUID());

        assertThat(foreign).isEqualTo(unknown).isEqualTo(foreignById).isEqualTo("{\"members\":{}}");
        // the other college's own staff do find them
        assertThat(members(accessToken("nn.intl"), "nn.staff", nnLeaderId)).containsOnlyKeys("nn.staff", nnLeaderId);
    }

    @Test
    void anOfficerSeesTheirOwnDepartmentOnlyNotTheCollegesOfTheirProvince() {
        assertThat(members(accessToken("yn.edu"), "yn.edu.head", "km.intl", "yn.fao")).containsOnlyKeys("yn.edu.head");
    }

    @Test
    void withoutATokenTheDirectoryAnswers401AndBadQueriesAnswer400() {
        client().get().uri("/api/directory/members?ids=km.teacher").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client().post().uri("/api/directory/members?ids=km.teacher").exchange().expectStatus().isUnauthorized();

        String token = accessToken("km.staff");
        String tooMany = String.join(",", IntStream.range(0, 51).mapToObj(i -> "user-" + i).toList());
        for (String query : List.of("", "?ids=", "?ids=" + tooMany, "?ids=" + "x".repeat(101))) {
            client().get().uri("/api/directory/members" + query).headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("ids");
        }
        client().get().uri("/api/directory/members?ids=km.teacher").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectHeader().valueEquals("Cache-Control", "no-store");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> members(String token, String... references) {
        Map<String, Object> body = client().get()
                .uri(builder -> builder.path("/api/directory/members").queryParam("ids", (Object[]) references).build())
                .headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return (Map<String, Object>) body.get("members");
    }

    private String body(String token, String query) {
        return client().get().uri("/api/directory/members?" + query).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> signIn(String username) {
        return client().post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", PASSWORD)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private String accessToken(String username) {
        return (String) signIn(username).get("access_token");
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }
}
