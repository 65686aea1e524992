package org.coop.matchmaking.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.coop.matchmaking.matching.domain.SubscriptionIndex;
import org.coop.platform.test.TestTokens;

/**
 * A college, an enterprise with a subscription and an offer, and the match between the college's
 * need and the subscription, in a sector and country of their own so other tests do not interfere.
 */
final class Scenario {

    final String collegeOrg = Api.org("college");
    final String enterpriseOrg = Api.org("enterprise");
    final Api college;
    final Api enterprise;
    final String needId;
    final String subscriptionId;
    final String offerId;
    final String matchId;

    @SuppressWarnings("unchecked")
    Scenario(int port, TestTokens tokens, SubscriptionIndex index, String sector, String country) {
        college = Api.as(port, Api.college(tokens, collegeOrg));
        enterprise = Api.as(port, Api.enterprise(tokens, enterpriseOrg));
        subscriptionId = (String) enterprise.created("/subscriptions", Bodies.with(Bodies.with(
                Bodies.subscription("Scenario", List.of()), "sectors", List.of(sector)), "countries", List.of(country)))
                .get("id");
        offerId = (String) enterprise.created("/offers", Bodies.with(Bodies.with(Bodies.offer("Scenario offer"),
                "sectors", List.of(sector)), "countries", List.of(country))).get("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> index.contains(subscriptionId));
        needId = (String) college.created("/needs", Bodies.with(Bodies.with(Bodies.need("Scenario need"),
                "sectors", List.of(sector)), "countries", List.of(country))).get("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> subscriptionMatch() != null);
        matchId = (String) subscriptionMatch().get("id");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> subscriptionMatch() {
        List<Map<String, Object>> items = (List<Map<String, Object>>) enterprise.ok(
                enterprise.get("/matches?needId=" + needId)).get("items");
        return items.stream().filter(m -> subscriptionId.equals(m.get("subscriptionId"))).findFirst().orElse(null);
    }
}
