package org.coop.matchmaking.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.coop.matchmaking.matching.domain.SubscriptionIndex;
import org.coop.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A stream that reconnects with Last-Event-ID loses nothing; the token goes in the header only. */
@MatchmakingIntegrationTest
class StreamResumeTest {

    @LocalServerPort
    int port;
    @Autowired
    SubscriptionIndex index;

    @Test
    void aReconnectWithLastEventIdReplaysEveryMatchMissedWhileAway(TestTokens tokens) {
        Api enterprise = Api.as(port, Api.enterprise(tokens, Api.org("phnom-penh-agri")));
        Api college = Api.as(port, Api.college(tokens, Api.org("yunnan-agri-college")));
        Map<String, Object> subscription = enterprise.created("/subscriptions", Bodies.with(Bodies.with(
                Bodies.subscription("Smart farming", List.of("irrigation")), "sectors", List.of("agriculture")),
                "countries", List.of("KH")));
        await().atMost(Duration.ofSeconds(60)).until(() -> index.contains((String) subscription.get("id")));
        Map<String, Object> need = Bodies.with(Bodies.with(Bodies.need("Smart agriculture training"),
                "sectors", List.of("smart-agriculture")), "countries", List.of("KH"));

        Set<String> seen = new HashSet<>();
        String lastEventId;
        try (Api.Stream first = enterprise.stream(null)) {
            await().atMost(Duration.ofSeconds(60)).until(first::connected);
            college.created("/needs", need);
            await().atMost(Duration.ofSeconds(60)).until(() -> first.named("match-suggested").size() == 1);
            ServerSentEvent<String> received = first.named("match-suggested").get(0);
            assertThat(received.id()).isNotBlank();
            lastEventId = received.id();
            seen.add(received.id());
        }

        // while the subscriber is away, three more needs match
        for (int i = 0; i < 3; i++) {
            college.created("/needs", Bodies.with(need, "title", Map.of("en", "Smart agriculture training " + i)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() ->
                ((Number) enterprise.ok(enterprise.get("/matches")).get("total")).intValue() == 4);

        try (Api.Stream resumed = enterprise.stream(lastEventId)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> resumed.named("match-suggested").size() >= 3);
            List<String> replayed = resumed.named("match-suggested").stream().map(ServerSentEvent::id).toList();
            assertThat(replayed).doesNotContain(lastEventId).doesNotHaveDuplicates();
            seen.addAll(replayed);
            // one more while connected arrives live, after the replay
            college.created("/needs", Bodies.with(need, "title", Map.of("en", "Smart agriculture training live")));
            await().atMost(Duration.ofSeconds(60)).until(() -> resumed.named("match-suggested").size() == 4);
            seen.addAll(resumed.named("match-suggested").stream().map(ServerSentEvent::id).collect(Collectors.toSet()));
        }
        assertThat(seen).hasSize(5);
    }

    @Test
    void aTokenInTheUrlIsNotAccepted(TestTokens tokens) {
        String token = Api.enterprise(tokens, Api.org("url-token"));
        WebTestClient anonymous = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
        anonymous.get().uri("/api/matchmaking/stream?access_token=" + token).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
    }
}
