package org.coop.matchmaking.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coop.platform.events.CloudEventHeaders;
import org.coop.platform.events.EventJson;
import org.coop.platform.events.EventSchemas;
import org.coop.platform.events.Topics;
import org.coop.platform.events.matchmaking.MatchAccepted;
import org.coop.platform.test.KafkaTopicReader;
import org.coop.platform.test.PlatformInfrastructure;
import org.coop.platform.test.TestTokens;
import org.coop.matchmaking.matching.domain.SubscriptionIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.codec.ServerSentEvent;
import tools.jackson.databind.JsonNode;

/**
 * The "done when": a college posts a need, an enterprise with a matching subscription
 * sees the match live with its reasons, both accept, and MatchAccepted is on Kafka.
 */
@MatchmakingIntegrationTest
class LiveMatchFlowTest {

    @LocalServerPort
    int port;
    @Autowired
    SubscriptionIndex index;

    @Test
    void aPostedNeedReachesTheMatchingSubscriberLiveWithReasonsAndBothAcceptancesPublishMatchAccepted(
            TestTokens tokens, PlatformInfrastructure infra) {
        String collegeOrg = Api.org("kunming-vocational");
        String enterpriseOrg = Api.org("haiphong-robotics");
        Api college = Api.as(port, Api.college(tokens, collegeOrg));
        Api enterprise = Api.as(port, Api.enterprise(tokens, enterpriseOrg));

        Map<String, Object> subscription = enterprise.created("/subscriptions",
                Bodies.subscription("Mechatronics interns", List.of("PLC", "welding")));
        try (Api.Stream stream = enterprise.stream(null)) {
            await().atMost(Duration.ofSeconds(60)).until(stream::connected);
            // the new subscription must be in the index before the need arrives
            await().atMost(Duration.ofSeconds(60)).until(() -> indexed(subscription.get("id")));

            Map<String, Object> need = college.created("/needs", Bodies.need("Mechatronics internships in Vietnam"));
            String needId = (String) need.get("id");

            await().atMost(Duration.ofSeconds(60)).until(() -> suggestionFor(stream, needId) != null);
            JsonNode suggested = EventJson.mapper().readTree(suggestionFor(stream, needId).data());
            assertThat(suggested.get("subscriptionId").asString()).isEqualTo(subscription.get("id"));
            List<String> reasons = suggested.get("reasons").valueStream().map(r -> r.get("text").asString()).toList();
            assertThat(reasons).contains("sector: mechatronics within manufacturing", "country: VN on both sides",
                    "language: vi missing on the college side — interpreter needed",
                    "keywords: plc found, welding not found");
            String matchId = suggested.get("matchId").asString();

            // before both accept, neither side sees the other's contact
            Map<String, Object> partnerView = enterprise.ok(enterprise.get("/matches/" + matchId));
            assertThat(partnerView.get("collegeContact")).isNull();
            assertThat(partnerView.get("partnerContact")).isNotNull();
            assertThat(college.ok(college.get("/matches/" + matchId)).get("partnerContact")).isNull();

            college.ok(college.post("/matches/" + matchId + "/accept", null));
            Map<String, Object> accepted = enterprise.ok(enterprise.post("/matches/" + matchId + "/accept", null));
            assertThat(accepted.get("status")).isEqualTo("ACCEPTED");
            assertThat(accepted.get("collegeContact")).asString().contains("Li Wei");

            await().atMost(Duration.ofSeconds(60)).until(() -> !stream.named("match-accepted").isEmpty());
            assertThat(stream.named("match-party-accepted")).isNotEmpty();

            List<ConsumerRecord<String, byte[]>> records = KafkaTopicReader.readUntil(infra.kafkaBootstrapServers(),
                    Topics.MATCHMAKING_MATCHES, record -> needId.equals(record.key())
                            && "org.coop.matchmaking.MatchAccepted.v1".equals(
                            KafkaTopicReader.header(record, CloudEventHeaders.TYPE)), 1, Duration.ofSeconds(60));
            assertThat(records).hasSize(1);
            byte[] data = records.get(0).value();
            assertThat(EventSchemas.violations("org.coop.matchmaking.MatchAccepted.v1", data)).isEmpty();
            MatchAccepted event = EventJson.fromBytes(data, MatchAccepted.class);
            assertThat(event.matchId()).isEqualTo(matchId);
            assertThat(event.collegeOrganizationId()).isEqualTo(collegeOrg);
            assertThat(event.partnerOrganizationId()).isEqualTo(enterpriseOrg);
            assertThat(event.cooperationModel()).isEqualTo("COLLEGE_COMPANY");
            assertThat(new String(data, StandardCharsets.UTF_8)).contains("\"modes\":[\"internship\"]");

            await().atMost(Duration.ofSeconds(60)).until(() ->
                    "MATCHED".equals(college.ok(college.get("/needs/" + needId)).get("status")));
        }
    }

    @Test
    void eachPartyListsItsMatchesBestFirst(TestTokens tokens) {
        String enterpriseOrg = Api.org("vientiane-hotels");
        Api enterprise = Api.as(port, Api.enterprise(tokens, enterpriseOrg));
        Api college = Api.as(port, Api.college(tokens, Api.org("guangxi-tourism-college")));
        Map<String, Object> subscription = Bodies.with(Bodies.with(Bodies.subscription("Hotel interns", List.of("hotel")),
                "sectors", List.of("tourism-hospitality")), "countries", List.of("LA"));
        Map<String, Object> created = enterprise.created("/subscriptions", subscription);
        await().atMost(Duration.ofSeconds(60)).until(() -> indexed(created.get("id")));

        Map<String, Object> close = Bodies.with(Bodies.with(Bodies.with(Bodies.need("Hotel management interns"),
                "sectors", List.of("tourism-hospitality")), "countries", List.of("LA")), "languages", List.of("vi", "en"));
        Map<String, Object> weaker = Bodies.with(Bodies.with(Bodies.need("Culinary interns"),
                "sectors", List.of("culinary-arts")), "countries", List.of("LA"));
        college.created("/needs", close);
        college.created("/needs", weaker);

        await().atMost(Duration.ofSeconds(60)).until(() -> total(enterprise.ok(enterprise.get("/matches"))) == 2);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) enterprise.ok(enterprise.get("/matches?size=1"))
                .get("items");
        assertThat(items).hasSize(1);
        Map<String, Object> page0 = enterprise.ok(enterprise.get("/matches?size=1&page=0"));
        Map<String, Object> page1 = enterprise.ok(enterprise.get("/matches?size=1&page=1"));
        double first = score(page0);
        double second = score(page1);
        assertThat(first).isGreaterThan(second);
        assertThat(college.ok(college.get("/matches")).get("total")).isEqualTo(2);
    }

    private boolean indexed(Object subscriptionId) {
        return index.contains((String) subscriptionId);
    }

    private static ServerSentEvent<String> suggestionFor(Api.Stream stream, String needId) {
        return stream.named("match-suggested").stream().filter(e -> e.data().contains(needId)).findFirst().orElse(null);
    }

    private static long total(Map<String, Object> page) {
        return ((Number) page.get("total")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static double score(Map<String, Object> page) {
        return ((Number) ((List<Map<String, Object>>) page.get("items")).get(0).get("score")).doubleValue();
    }
}
