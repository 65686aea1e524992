package org.coop.matchmaking.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.coop.matchmaking.matching.domain.SubscriptionIndex;
import org.coop.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Another organization's user is answered 404 on every endpoint that names an object, exactly as
 * for an object that does not exist; its lists do not show them either.
 */
@MatchmakingIntegrationTest
class OrganizationIsolationTest {

    @LocalServerPort
    int port;
    @Autowired
    SubscriptionIndex index;

    Scenario scenario;

    @BeforeEach
    void setUp(TestTokens testTokens) {
        scenario = new Scenario(port, testTokens, index, "construction", "BN");
    }

    @Test
    void anotherCollegeCannotSeeOrChangeTheNeedOrItsMatch(TestTokens testTokens) {
        Api stranger = Api.as(port, Api.college(testTokens, Api.org("other-college")));
        String need = "/needs/" + scenario.needId;
        String match = "/matches/" + scenario.matchId;
        Api.expect(stranger.get(need), 404);
        Api.expect(stranger.put(need, Bodies.need("Taken over")), 404);
        Api.expect(stranger.post(need + "/publish", null), 404);
        Api.expect(stranger.post(need + "/withdraw", Map.of()), 404);
        Api.expect(stranger.get(match), 404);
        Api.expect(stranger.post(match + "/accept", null), 404);
        Api.expect(stranger.post(match + "/decline", Map.of("reason", "NOT_RELEVANT")), 404);
        assertThat(stranger.ok(stranger.get("/needs")).get("total")).isEqualTo(0);
        assertThat(stranger.ok(stranger.get("/matches")).get("total")).isEqualTo(0);
    }

    @Test
    void anotherEnterpriseCannotSeeOrChangeTheOfferTheSubscriptionOrTheMatch(TestTokens testTokens) {
        Api stranger = Api.as(port, Api.enterprise(testTokens, Api.org("other-enterprise")));
        String offer = "/offers/" + scenario.offerId;
        String subscription = "/subscriptions/" + scenario.subscriptionId;
        String match = "/matches/" + scenario.matchId;
        Api.expect(stranger.get(offer), 404);
        Api.expect(stranger.put(offer, Bodies.offer("Taken over")), 404);
        Api.expect(stranger.post(offer + "/publish", null), 404);
        Api.expect(stranger.post(offer + "/withdraw", Map.of()), 404);
        Api.expect(stranger.get(subscription), 404);
        Api.expect(stranger.put(subscription, Bodies.subscription("Taken over", List.of())), 404);
        Api.expect(stranger.post(subscription + "/pause", null), 404);
        Api.expect(stranger.post(subscription + "/resume", null), 404);
        Api.expect(stranger.get(subscription + "/deliveries"), 404);
        Api.expect(stranger.delete(subscription), 404);
        Api.expect(stranger.get(match), 404);
        Api.expect(stranger.post(match + "/accept", null), 404);
        Api.expect(stranger.post(match + "/decline", Map.of("reason", "OTHER")), 404);
        assertThat(stranger.ok(stranger.get("/offers")).get("total")).isEqualTo(0);
        assertThat(stranger.ok(stranger.get("/subscriptions")).get("total")).isEqualTo(0);
        assertThat(stranger.ok(stranger.get("/matches")).get("total")).isEqualTo(0);
        // the owner still has everything, unchanged
        assertThat(scenario.enterprise.ok(scenario.enterprise.get(subscription)).get("status")).isEqualTo("ACTIVE");
    }

    @Test
    void anOfficerOfAnotherProvinceCannotSeeOrBrokerTheMatch(TestTokens testTokens) {
        Api officer = Api.as(port, Api.officer(testTokens, Api.org("guangxi-education"), "GX"));
        String match = "/matches/" + scenario.matchId;
        Api.expect(officer.get("/needs/" + scenario.needId), 404);
        Api.expect(officer.get(match), 404);
        Api.expect(officer.post(match + "/recommend", Map.of("reason", "good fit")), 404);
        Api.expect(officer.post(match + "/third-party", Map.of("organizationId", "org-chamber", "role", "INTERMEDIARY",
                "cooperationModel", "COLLEGE_INTERMEDIARY_COMPANY", "reason", "visas")), 404);
        assertThat(officer.ok(officer.get("/matches")).get("total")).isEqualTo(0);
        // the officer of the college's province does see it
        Api home = Api.as(port, Api.officer(testTokens, Api.org("yunnan-education"), "YN"));
        assertThat(home.ok(home.get(match)).get("yourSide")).isEqualTo("OFFICER");
    }

    @Test
    void rolesThatDoNotPostSomethingAreForbiddenWhateverTheObject(TestTokens testTokens) {
        Api enterprise = Api.as(port, Api.enterprise(testTokens, Api.org("wrong-role")));
        Api college = Api.as(port, Api.college(testTokens, Api.org("wrong-role-college")));
        Api.expect(enterprise.post("/needs", Bodies.need("Not mine to post")), 403);
        Api.expect(college.post("/offers", Bodies.offer("Not mine to post")), 403);
        Api.expect(college.post("/subscriptions", Bodies.subscription("Not mine", List.of())), 403);
        Api.expect(college.post("/matches/" + scenario.matchId + "/recommend", Map.of("reason", "x")), 403);
    }
}
