package org.coop.matchmaking.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.coop.matchmaking.matching.domain.SubscriptionIndex;
import org.coop.matchmaking.notify.WebhookSigner;
import org.coop.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signed webhooks, retried until accepted, logged, and a subscription paused when its webhook keeps failing. */
@MatchmakingIntegrationTest
class WebhookDeliveryTest {

    static final String SECRET = "a-long-shared-secret-for-hmac";

    @LocalServerPort
    int port;
    @Autowired
    SubscriptionIndex index;

    private WebhookReceiver receiver;

    private String startReceiver(int failures) throws IOException {
        receiver = new WebhookReceiver(failures);
        return receiver.url();
    }

    private List<WebhookReceiver.Request> requests() {
        return receiver.requests();
    }

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void aReceiverThatFailsTwiceThenSucceedsGetsTheMatchOnceSignedAndEveryAttemptIsLogged(TestTokens tokens)
            throws IOException {
        String url = startReceiver(2);
        Api enterprise = Api.as(port, Api.enterprise(tokens, Api.org("bangkok-rail")));
        Api college = Api.as(port, Api.college(tokens, Api.org("liuzhou-railway-college")));
        Map<String, Object> subscription = enterprise.created("/subscriptions", Bodies.withWebhook(Bodies.with(
                Bodies.with(Bodies.subscription("Rail maintenance", List.of("rail")), "sectors", List.of("rail-transit")),
                "countries", List.of("TH")), url, SECRET));
        String subscriptionId = (String) subscription.get("id");
        assertThat(subscription).doesNotContainKey("secret").containsEntry("webhookSecretSet", true);
        await().atMost(Duration.ofSeconds(60)).until(() -> index.contains(subscriptionId));

        Map<String, Object> need = college.created("/needs", Bodies.with(Bodies.with(Bodies.need("Rolling stock interns"),
                "sectors", List.of("rolling-stock-maintenance")), "countries", List.of("TH")));
        String needId = (String) need.get("id");

        await().atMost(Duration.ofSeconds(60)).until(() -> requests().stream()
                .anyMatch(r -> r.body().contains(needId) && r.answered() == 204));
        List<WebhookReceiver.Request> forNeed = requests().stream().filter(r -> r.body().contains(needId)).toList();
        assertThat(forNeed).extracting(WebhookReceiver.Request::answered).containsExactly(500, 500, 204);
        assertThat(forNeed).extracting(WebhookReceiver.Request::delivery).containsOnly(forNeed.get(0).delivery());
        WebhookReceiver.Request delivered = forNeed.get(2);
        assertThat(delivered.event()).isEqualTo("match-suggested");
        assertThat(delivered.signature()).isEqualTo(WebhookSigner.sign(SECRET, Long.parseLong(delivered.timestamp()),
                delivered.body().getBytes(StandardCharsets.UTF_8)));

        Map<String, Object> log = enterprise.ok(enterprise.get("/subscriptions/" + subscriptionId + "/deliveries"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> attempts = (List<Map<String, Object>>) log.get("items");
        assertThat(attempts).filteredOn(a -> delivered.delivery().equals(a.get("deliveryId")))
                .extracting(a -> a.get("outcome")).containsExactlyInAnyOrder("FAILED", "FAILED", "DELIVERED");
        // no second delivery of the same match comes later
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                requests().stream().filter(r -> r.body().contains(needId)).count() == 3);
        assertThat(enterprise.ok(enterprise.get("/subscriptions/" + subscriptionId)).get("status")).isEqualTo("ACTIVE");
    }

    @Test
    void aWebhookThatKeepsFailingPausesItsSubscriptionAndTellsTheOwnerLive(TestTokens tokens) throws IOException {
        String url = startReceiver(Integer.MAX_VALUE);
        Api enterprise = Api.as(port, Api.enterprise(tokens, Api.org("mandalay-power")));
        Api college = Api.as(port, Api.college(tokens, Api.org("kunming-power-college")));
        Map<String, Object> subscription = enterprise.created("/subscriptions", Bodies.withWebhook(Bodies.with(
                Bodies.with(Bodies.subscription("Hydropower", List.of()), "sectors", List.of("energy")),
                "countries", List.of("MM")), url, SECRET));
        String subscriptionId = (String) subscription.get("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> index.contains(subscriptionId));

        try (Api.Stream stream = enterprise.stream(null)) {
            await().atMost(Duration.ofSeconds(60)).until(stream::connected);
            Map<String, Object> need = Bodies.with(Bodies.with(Bodies.need("Hydropower technicians"),
                    "sectors", List.of("hydropower")), "countries", List.of("MM"));
            college.created("/needs", need);
            college.created("/needs", Bodies.with(need, "title", Map.of("en", "Grid technicians")));

            await().atMost(Duration.ofSeconds(60)).until(() -> "PAUSED".equals(
                    enterprise.ok(enterprise.get("/subscriptions/" + subscriptionId)).get("status")));
            await().atMost(Duration.ofSeconds(60)).until(() -> !stream.named("subscription-paused").isEmpty());
            assertThat(stream.named("subscription-paused").get(0).data()).contains(subscriptionId, "webhook failed");
            await().atMost(Duration.ofSeconds(60)).until(() -> !index.contains(subscriptionId));
        }
    }

    @Test
    void webhooksToLoopbackPrivateOrLinkLocalAddressesAreRefused(TestTokens tokens) {
        Api enterprise = Api.as(port, Api.enterprise(tokens, Api.org("ssrf-probe")));
        Map<String, Object> base = Bodies.subscription("Probe", List.of());
        for (String url : List.of("http://localhost:8080/hook", "http://10.1.2.3/hook", "http://192.168.1.10/hook",
                "http://169.254.169.254/latest/meta-data", "http://[::1]/hook", "ftp://127.0.0.1/hook")) {
            Map<String, Object> problem = Api.expect(enterprise.post("/subscriptions",
                    Bodies.withWebhook(base, url, SECRET)), 400);
            assertThat(problem.get("errors")).asString().as(url).contains("channels.webhook.url");
        }
        assertThat(enterprise.ok(enterprise.get("/subscriptions")).get("total")).isEqualTo(0);
    }
}
