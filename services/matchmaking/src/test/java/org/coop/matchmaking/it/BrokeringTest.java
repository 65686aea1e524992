package org.coop.matchmaking.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.coop.matchmaking.matching.domain.SubscriptionIndex;
import org.coop.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Government officers broker: recommend a match, add the third party of a three-party model, see counts per broker. */
@MatchmakingIntegrationTest
class BrokeringTest {

    @LocalServerPort
    int port;
    @Autowired
    SubscriptionIndex index;

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerRecommendsAddsAnIntermediaryAndEveryActRecordsWhoAndWhy(TestTokens tokens) {
        Scenario scenario = new Scenario(port, tokens, index, "electronics", "ID");
        String officerOrg = Api.org("yunnan-education-department");
        Api officer = Api.as(port, Api.officer(tokens, officerOrg, "YN"));
        String match = "/matches/" + scenario.matchId;

        try (Api.Stream partnerStream = scenario.enterprise.stream(null)) {
            await().atMost(Duration.ofSeconds(60)).until(partnerStream::connected);
            Map<String, Object> recommended = officer.ok(officer.post(match + "/recommend",
                    Map.of("reason", "Both sides run PLC lines; the province funds the first cohort")));
            assertThat((List<Map<String, Object>>) recommended.get("brokerActions")).singleElement()
                    .satisfies(action -> assertThat(action).containsEntry("action", "RECOMMENDED")
                            .containsEntry("brokerOrganizationId", officerOrg)
                            .containsEntry("reason", "Both sides run PLC lines; the province funds the first cohort"));
            await().atMost(Duration.ofSeconds(60)).until(() -> !partnerStream.named("match-brokered").isEmpty());
        }
        Api.expect(officer.post(match + "/recommend", Map.of("reason", "again")), 409);

        Map<String, Object> wrong = Api.expect(officer.post(match + "/third-party", Map.of("organizationId",
                scenario.enterpriseOrg, "role", "GOVERNMENT", "cooperationModel", "COLLEGE_INTERMEDIARY_COLLEGE",
                "reason", "x")), 422);
        assertThat(wrong.get("violations")).asString().contains("thirdParty.roleFitsModel",
                "thirdParty.partnerFitsModel", "thirdParty.isThird");

        String chamber = Api.org("vn-chamber-of-commerce");
        Map<String, Object> withThird = officer.ok(officer.post(match + "/third-party", Map.of("organizationId",
                chamber, "role", "INTERMEDIARY", "cooperationModel", "COLLEGE_INTERMEDIARY_COMPANY",
                "reason", "The chamber arranges visas and housing")));
        assertThat(withThird.get("cooperationModel")).isEqualTo("COLLEGE_INTERMEDIARY_COMPANY");
        assertThat((Map<String, Object>) withThird.get("thirdParty")).containsEntry("organizationId", chamber);

        // the intermediary now sees the match, as third party
        Api intermediary = Api.as(port, tokens.token(org.coop.platform.security.PlatformRole.INSTITUTION, chamber)
                .build());
        assertThat(intermediary.ok(intermediary.get(match)).get("yourSide")).isEqualTo("THIRD_PARTY");

        List<Map<String, Object>> counts = (List<Map<String, Object>>) (List<?>) officer.client().get()
                .uri(Api.BASE + "/matches/brokers").exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody();
        assertThat(counts).anySatisfy(count -> assertThat(count)
                .containsEntry("brokerName", "officer-" + officerOrg)
                .containsEntry("recommended", 1).containsEntry("thirdPartiesAdded", 1).containsEntry("matches", 1));
        // another province's officer counts only the brokering of matches in that province
        Api guangxi = Api.as(port, Api.officer(tokens, Api.org("guangxi-education-department"), "GX"));
        List<Map<String, Object>> otherProvince = (List<Map<String, Object>>) (List<?>) guangxi.client().get()
                .uri(Api.BASE + "/matches/brokers").exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody();
        assertThat(otherProvince).noneSatisfy(count -> assertThat(count).containsEntry("brokerName", "officer-" + officerOrg));

        // both accept: MatchAccepted names the third party and the three-party model
        scenario.college.ok(scenario.college.post(match + "/accept", null));
        Map<String, Object> accepted = scenario.enterprise.ok(scenario.enterprise.post(match + "/accept", null));
        assertThat(accepted.get("status")).isEqualTo("ACCEPTED");
        Api.expect(officer.post(match + "/recommend", Map.of("reason", "late")), 409);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerPutsTogetherANeedAndAnOfferTheEngineDidNotMatch(TestTokens tokens) {
        Api college = Api.as(port, Api.college(tokens, Api.org("fangchenggang-port-college")));
        Api enterprise = Api.as(port, Api.enterprise(tokens, Api.org("sihanoukville-port")));
        Api officer = Api.as(port, Api.officer(tokens, Api.org("yunnan-commerce-department"), "YN"));
        String needId = (String) college.created("/needs", Bodies.with(Bodies.with(Bodies.need("Port operations"),
                "sectors", List.of("port-operations")), "countries", List.of("VN"))).get("id");
        String offerId = (String) enterprise.created("/offers", Bodies.with(Bodies.with(Bodies.offer("Port trainees"),
                "sectors", List.of("port-operations")), "countries", List.of("KH"))).get("id");

        Api.expect(officer.post("/matches", Map.of("needId", needId, "reason", "x")), 400);
        Map<String, Object> brokered = officer.created("/matches", Map.of("needId", needId, "offerId", offerId,
                "reason", "The port in Sihanoukville trains for the Vietnamese terminals too"));
        assertThat(brokered.get("reasons")).asString().contains("country: nothing in common");
        assertThat((List<Map<String, Object>>) brokered.get("brokerActions")).singleElement()
                .satisfies(action -> assertThat(action).containsEntry("action", "RECOMMENDED"));
        Api.expect(officer.post("/matches", Map.of("needId", needId, "offerId", offerId, "reason", "again")), 409);

        Map<String, Object> seenByPartner = enterprise.ok(enterprise.get("/matches/" + brokered.get("id")));
        assertThat(seenByPartner.get("yourSide")).isEqualTo("PARTNER");
        Api elsewhere = Api.as(port, Api.officer(tokens, Api.org("guangxi-commerce-department"), "GX"));
        Api.expect(elsewhere.post("/matches", Map.of("needId", needId, "offerId", offerId, "reason", "x")), 404);
        Api.expect(college.post("/matches", Map.of("needId", needId, "offerId", offerId, "reason", "x")), 403);
    }

    @Test
    void aPartyDeclinesWithAReasonFromTheList(TestTokens tokens) {
        Scenario scenario = new Scenario(port, tokens, index, "welding", "PH");
        Map<String, Object> declined = scenario.enterprise.ok(scenario.enterprise.post(
                "/matches/" + scenario.matchId + "/decline", Map.of("reason", "TIMING", "text", "Plant opens in 2028")));
        assertThat(declined.get("status")).isEqualTo("DECLINED");
        assertThat(declined.get("partner")).asString().contains("TIMING", "Plant opens in 2028");
        Api.expect(scenario.college.post("/matches/" + scenario.matchId + "/accept", null), 409);
        Api.expect(scenario.enterprise.post("/matches/" + scenario.matchId + "/decline",
                Map.of("reason", "BORED")), 400);
    }
}
