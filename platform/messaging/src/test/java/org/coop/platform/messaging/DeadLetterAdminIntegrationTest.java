package org.coop.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coop.platform.messaging.ProbeFixtures.newProbeId;
import static org.coop.platform.messaging.ProbeFixtures.noteRecord;
import static org.coop.platform.messaging.ProbeFixtures.sendRaw;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coop.platform.messaging.probe.ProbeApplication;
import org.coop.platform.messaging.probe.ProbeEffects;
import org.coop.platform.security.PlatformRole;
import org.coop.platform.test.PlatformInfrastructure;
import org.coop.platform.test.TestTokens;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The admin endpoint that lists dead letters and replays one once its cause is fixed. */
@SpringBootTest(classes = ProbeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithPlatformInfrastructure
class DeadLetterAdminIntegrationTest {

    private static final String ADMIN_PATH = "/api/messaging-probe/admin/dead-letters";

    @LocalServerPort
    int port;
    @Autowired
    ProbeEffects effects;

    @Test
    void anAdministratorSeesAFailedEventAndReplaysItOnceAfterTheCauseIsFixed(PlatformInfrastructure infra,
                                                                            TestTokens tokens) throws Exception {
        String probeId = newProbeId();
        String eventId = UUID.randomUUID().toString();
        effects.setFlakyFails(true);
        try {
            sendRaw(infra.kafkaBootstrapServers(), List.of(noteRecord(eventId, probeId, 1, "flaky")));
            await().atMost(Duration.ofSeconds(60)).until(() -> findLetter(tokens, eventId) != null);
        } finally {
            effects.setFlakyFails(false);
        }
        Map<String, Object> letter = findLetter(tokens, eventId);
        assertThat(letter.get("originalTopic")).isEqualTo("platform.probes.v1");
        assertThat((String) letter.get("error")).contains("refused the note");
        assertThat(letter.get("replayed")).isNull();
        assertThat(effects.count(eventId)).isZero();

        String admin = tokens.token(PlatformRole.PLATFORM_ADMIN, "platform").username("ops-admin").build();
        client().post().uri(ADMIN_PATH + "/{p}/{o}/replay", letter.get("partition"), letter.get("offset"))
                .headers(h -> h.setBearerAuth(admin))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.by").isEqualTo("ops-admin").jsonPath("$.toTopic").isEqualTo("platform.probes.v1");

        await().atMost(Duration.ofSeconds(60)).until(() -> effects.count(eventId) == 1);
        assertThat(findLetter(tokens, eventId).get("replayed")).isNotNull();

        client().post().uri(ADMIN_PATH + "/{p}/{o}/replay", letter.get("partition"), letter.get("offset"))
                .headers(h -> h.setBearerAuth(admin))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("already replayed"));
        assertThat(effects.count(eventId)).isEqualTo(1);
    }

    @Test
    void onlyPlatformAdministratorsMayReadDeadLetters(TestTokens tokens) {
        client().get().uri(ADMIN_PATH).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client().get().uri(ADMIN_PATH)
                .headers(h -> h.setBearerAuth(tokens.forUser(PlatformRole.GOV_OFFICER, "yn-edu-dept")))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://coop-platform.example/problems/forbidden");
    }

    @Test
    void aReplayOfAnOffsetThatDoesNotExistIsNotFound(TestTokens tokens) {
        client().post().uri(ADMIN_PATH + "/0/999999/replay")
                .headers(h -> h.setBearerAuth(tokens.forUser(PlatformRole.PLATFORM_ADMIN, "platform")))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aLimitOutOfRangeIsAValidationProblem(TestTokens tokens) {
        client().get().uri(ADMIN_PATH + "?limit=5000")
                .headers(h -> h.setBearerAuth(tokens.forUser(PlatformRole.PLATFORM_ADMIN, "platform")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> findLetter(TestTokens tokens, String eventId) {
        Map<String, Object> body = client().get().uri(ADMIN_PATH + "?limit=500")
                .headers(h -> h.setBearerAuth(tokens.forUser(PlatformRole.PLATFORM_ADMIN, "platform")))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        List<Map<String, Object>> letters = (List<Map<String, Object>>) body.get("deadLetters");
        return letters.stream().filter(l -> eventId.equals(l.get("eventId"))).findFirst().orElse(null);
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(40)).build();
    }
}
