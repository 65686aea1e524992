package org.coop.matchmaking.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.coop.matchmaking.matching.domain.SubscriptionIndex;
import org.coop.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Past its daily cap a subscription is not interrupted match by match: the rest comes as a digest. */
@MatchmakingIntegrationTest
class DailyCapTest {

    @LocalServerPort
    int port;
    @Autowired
    SubscriptionIndex index;

    @Test
    void matchesPastTheDailyCapWaitForTheDigestWhileTheCollegeIsToldAtOnce(TestTokens tokens) throws IOException {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            Api enterprise = Api.as(port, Api.enterprise(tokens, Api.org("jakarta-ecommerce")));
            Api college = Api.as(port, Api.college(tokens, Api.org("kunming-ecommerce-college")));
            Map<String, Object> subscription = enterprise.created("/subscriptions", Bodies.with(Bodies.withWebhook(
                    Bodies.with(Bodies.with(Bodies.subscription("E-commerce", List.of()), "sectors",
                            List.of("digital-economy")), "countries", List.of("ID")), receiver.url(),
                    "a-long-shared-secret-for-hmac"), "dailyCap", 1));
            await().atMost(Duration.ofSeconds(60)).until(() -> index.contains((String) subscription.get("id")));
            Map<String, Object> need = Bodies.with(Bodies.with(Bodies.need("Cross-border e-commerce interns"),
                    "sectors", List.of("e-commerce")), "countries", List.of("ID"));

            try (Api.Stream partner = enterprise.stream(null); Api.Stream collegeStream = college.stream(null)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> partner.connected() && collegeStream.connected());
                String first = (String) college.created("/needs", need).get("id");
                await().atMost(Duration.ofSeconds(60)).until(() -> partner.named("match-suggested").size() == 1);
                String second = (String) college.created("/needs", need).get("id");
                await().atMost(Duration.ofSeconds(60)).until(() -> collegeStream.named("match-suggested").stream()
                        .anyMatch(e -> e.data().contains(second)));
                assertThat(collegeStream.named("match-suggested").get(1).data()).contains("\"digest\":true");

                await().atMost(Duration.ofSeconds(60)).until(() -> receiver.requests().stream()
                        .anyMatch(r -> "match-digest".equals(r.event()) && r.body().contains(second)));
                assertThat(partner.named("match-suggested")).hasSize(1);
                assertThat(partner.named("match-suggested").get(0).data()).contains(first);
                assertThat(receiver.requests()).filteredOn(r -> "match-suggested".equals(r.event()))
                        .singleElement().satisfies(r -> assertThat(r.body()).contains(first));
            }
        }
    }
}
