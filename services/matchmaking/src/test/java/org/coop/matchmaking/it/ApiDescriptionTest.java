package org.coop.matchmaking.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.coop.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The OpenAPI description is public; the vocabulary is served to signed-in users. */
@MatchmakingIntegrationTest
class ApiDescriptionTest {

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDescriptionIsReachableWithoutAToken() {
        // the first description is generated on demand, which takes seconds on a loaded 2-core machine
        String description = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(60)).build()
                .get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(description).contains("/api/matchmaking/needs", "/api/matchmaking/matches/{id}/accept",
                "/api/matchmaking/subscriptions/{id}/deliveries", "/api/matchmaking/stream");
    }

    @Test
    void theVocabularyListsModesSectorsCountriesAndLanguagesWithLabels(TestTokens tokens) {
        Api college = Api.as(port, Api.college(tokens, Api.org("vocabulary-reader")));
        Map<String, Object> vocabulary = college.ok(college.get("/vocabulary"));
        assertThat(vocabulary.get("modes")).asString().contains("overseas-campus", "鲁班工坊");
        assertThat(vocabulary.get("sectors")).asString().contains("parent=manufacturing");
        assertThat(vocabulary.get("countries")).asString().startsWith("[{code=VN");
        Api.expect(WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build().get()
                .uri("/api/matchmaking/vocabulary").exchange(), 401);
    }
}
