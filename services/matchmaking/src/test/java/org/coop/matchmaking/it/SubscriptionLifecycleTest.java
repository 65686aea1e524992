package org.coop.matchmaking.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coop.matchmaking.matching.domain.SubscriptionIndex;
import org.coop.platform.events.Topics;
import org.coop.platform.test.KafkaTopicReader;
import org.coop.platform.test.PlatformInfrastructure;
import org.coop.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Subscriptions and offers against open needs: a new subscription finds needs posted before it,
 * a cancelled one leaves the index and gets its tombstone, offers match in both directions.
 */
@MatchmakingIntegrationTest
class SubscriptionLifecycleTest {

    @LocalServerPort
    int port;
    @Autowired
    SubscriptionIndex index;

    @Test
    void aNewSubscriptionIsMatchedWithNeedsPostedBeforeItAndACancelledOneIsForgotten(TestTokens tokens,
                                                                                      PlatformInfrastructure infra) {
        Api college = Api.as(port, Api.college(tokens, Api.org("dali-nursing-college")));
        Api institution = Api.as(port, Api.institution(tokens, Api.org("vientiane-health-school")));
        Map<String, Object> need = Bodies.with(Bodies.with(Bodies.with(Bodies.need("Nursing teacher exchange"),
                "sectors", List.of("nursing")), "countries", List.of("LA")), "partnerKinds", List.of("INSTITUTION"));
        String needId = (String) college.created("/needs", need).get("id");

        Map<String, Object> subscription = institution.created("/subscriptions", Bodies.with(Bodies.with(
                Bodies.subscription("Health partners", List.of("nursing")), "sectors", List.of("health-care")),
                "countries", List.of("LA")));
        String subscriptionId = (String) subscription.get("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> matchesOf(institution, needId) == 1);
        assertThat(institution.ok(institution.get("/matches?needId=" + needId)).get("items")).asString()
                .contains("COLLEGE_COLLEGE");

        Map<String, Object> cancelled = institution.ok(institution.delete("/subscriptions/" + subscriptionId));
        assertThat(cancelled.get("status")).isEqualTo("CANCELLED");
        await().atMost(Duration.ofSeconds(60)).until(() -> !index.contains(subscriptionId));
        List<ConsumerRecord<String, byte[]>> tombstones = KafkaTopicReader.readUntil(infra.kafkaBootstrapServers(),
                Topics.MATCHMAKING_SUBSCRIPTIONS, record -> subscriptionId.equals(record.key()) && record.value() == null,
                1, Duration.ofSeconds(60));
        assertThat(tombstones).isNotEmpty();

        String later = (String) college.created("/needs", need).get("id");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> matchesOf(institution, later) == 0);
        Api.expect(institution.post("/subscriptions/" + subscriptionId + "/resume", null), 409);
    }

    @Test
    void offersMatchOpenNeedsAndNewNeedsMatchOpenOffers(TestTokens tokens) {
        Api college = Api.as(port, Api.college(tokens, Api.org("qujing-robotics-college")));
        Api enterprise = Api.as(port, Api.enterprise(tokens, Api.org("singapore-automation")));
        Map<String, Object> need = Bodies.with(Bodies.need("Robotics interns in Singapore"), "countries", List.of("SG"));
        String before = (String) college.created("/needs", need).get("id");
        Map<String, Object> offer = enterprise.created("/offers", Bodies.with(Bodies.offer("Robot cell interns"),
                "countries", List.of("SG")));
        String offerId = (String) offer.get("id");

        await().atMost(Duration.ofSeconds(60)).until(() -> offerMatches(enterprise, before, offerId) == 1);
        String after = (String) college.created("/needs", need).get("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> offerMatches(enterprise, after, offerId) == 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> match = ((List<Map<String, Object>>) enterprise.ok(enterprise.get("/matches?needId=" + after))
                .get("items")).get(0);
        assertThat(match.get("reasons")).asString().contains("sector: industrial-robotics within mechatronics",
                "capacity: only 20 students offered for 30 students sought");

        Map<String, Object> withdrawn = enterprise.ok(enterprise.post("/offers/" + offerId + "/withdraw",
                Map.of("reason", "filled")));
        assertThat(withdrawn.get("status")).isEqualTo("WITHDRAWN");
        String third = (String) college.created("/needs", need).get("id");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> offerMatches(enterprise, third, offerId) == 0);
    }

    @Test
    void aRevisedNeedIsMatchedAgainWithItsNewCriteria(TestTokens tokens) {
        Api college = Api.as(port, Api.college(tokens, Api.org("baoshan-tea-college")));
        Api enterprise = Api.as(port, Api.enterprise(tokens, Api.org("chiang-rai-tea")));
        Map<String, Object> subscription = enterprise.created("/subscriptions", Bodies.with(Bodies.with(
                Bodies.subscription("Tea processing", List.of("tea")), "sectors", List.of("food-processing")),
                "countries", List.of("TL")));
        await().atMost(Duration.ofSeconds(60)).until(() -> index.contains((String) subscription.get("id")));
        Map<String, Object> need = Bodies.with(Bodies.with(Bodies.need("Tea processing exchange"),
                "sectors", List.of("food-processing")), "countries", List.of("NP"));
        String needId = (String) college.created("/needs", need).get("id");
        Map<String, Object> revised = college.ok(college.put("/needs/" + needId,
                Bodies.with(need, "countries", List.of("NP", "TL"))));
        assertThat(revised.get("revision")).isEqualTo(2);
        await().atMost(Duration.ofSeconds(60)).until(() -> matchesOf(enterprise, needId) == 1);

        Map<String, Object> withdrawn = college.ok(college.post("/needs/" + needId + "/withdraw",
                Map.of("reason", "found a partner")));
        assertThat(withdrawn.get("status")).isEqualTo("WITHDRAWN");
        Api.expect(college.put("/needs/" + needId, need), 409);
    }

    private static long matchesOf(Api api, String needId) {
        return ((Number) api.ok(api.get("/matches?needId=" + needId)).get("total")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static long offerMatches(Api api, String needId, String offerId) {
        return ((List<Map<String, Object>>) api.ok(api.get("/matches?needId=" + needId)).get("items")).stream()
                .filter(m -> offerId.equals(m.get("offerId"))).count();
    }
}
