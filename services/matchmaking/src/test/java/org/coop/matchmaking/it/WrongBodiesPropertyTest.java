package org.coop.matchmaking.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.coop.matchmaking.matching.domain.SubscriptionIndex;
import org.coop.platform.test.TestTokens;
import org.coop.platform.test.input.PropertyCheck;
import org.coop.platform.test.input.Refusals;
import org.coop.platform.test.input.WrongBodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * For every endpoint that reads a body: any wrong body (docs/problems.md, "Input rules") is a 4xx
 * Problem Details, never a 5xx, and changes nothing. Each property then shows its valid body is
 * accepted, so the refusals are the mutations' doing.
 */
@MatchmakingIntegrationTest
class WrongBodiesPropertyTest {

    @LocalServerPort
    int port;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    SubscriptionIndex index;

    private WebTestClient client() {
        return Refusals.client(port);
    }

    private long count(String collection, String field, String value) {
        return mongo.count(Query.query(Criteria.where(field).is(value)), collection).block();
    }

    private static WrongBodies needs() {
        return WrongBodies.from(Bodies.need("Mechatronics interns"))
                .required("title", "modes", "sectors", "countries", "languages", "partnerKinds", "contact",
                        "contact.name", "contact.email")
                .dictionaries("title", "description");
    }

    private static WrongBodies offers() {
        return WrongBodies.from(Bodies.offer("Robot line trainees"))
                .required("title", "modes", "sectors", "countries", "languages", "contact", "contact.name",
                        "contact.email")
                .dictionaries("title");
    }

    private static WrongBodies subscriptions() {
        return WrongBodies.from(Bodies.subscription("Interns in Vietnam", List.of("plc", "robot")))
                .required("name", "contact", "contact.name", "contact.email")
                .decimals("minimumScore");
    }

    @Test
    void wrongNeedsAreNeverPostedRevisedOrWithdrawn(TestTokens tokens) {
        String org = Api.org("wrong-needs");
        neverPostedRevisedOrWithdrawn("needs", org, Api.college(tokens, org), needs(),
                Bodies.need("Mechatronics interns"), Bodies.need("Mechatronics and welding interns"));
    }

    @Test
    void wrongOffersAreNeverPostedRevisedOrWithdrawn(TestTokens tokens) {
        String org = Api.org("wrong-offers");
        neverPostedRevisedOrWithdrawn("offers", org, Api.enterprise(tokens, org), offers(),
                Bodies.offer("Robot line trainees"), Bodies.offer("Robot and PLC line trainees"));
    }

    /** Needs and offers share their lifecycle: posted, revised, withdrawn (with an optional reason). */
    private void neverPostedRevisedOrWithdrawn(String kind, String org, String token, WrongBodies bodies,
                                               Map<String, Object> valid, Map<String, Object> revision) {
        Api owner = Api.as(port, token);
        WebTestClient client = client();
        PropertyCheck.forAll("POST /" + kind + " refuses wrong bodies", bodies::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.POST, Api.BASE + "/" + kind, token, wrong);
            assertThat(count(kind, "organizationId", org)).isZero();
        });
        String path = "/" + kind + "/" + owner.created("/" + kind, valid).get("id");

        Map<String, Object> posted = owner.ok(owner.get(path));
        PropertyCheck.forAll("PUT /" + kind + "/{id} refuses wrong bodies", bodies::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.PUT, Api.BASE + path, token, wrong);
            assertThat(owner.ok(owner.get(path))).isEqualTo(posted);
        });
        assertThat(owner.ok(owner.put(path, revision)).get("revision")).isEqualTo((int) posted.get("revision") + 1);

        Map<String, Object> revised = owner.ok(owner.get(path));
        WrongBodies withdrawals = WrongBodies.from(Map.of("reason", "found a partner")).bodyOptional();
        PropertyCheck.forAll("POST /" + kind + "/{id}/withdraw refuses wrong bodies", withdrawals::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.POST, Api.BASE + path + "/withdraw", token, wrong);
            assertThat(owner.ok(owner.get(path))).isEqualTo(revised);
        });
        assertThat(owner.ok(owner.post(path + "/withdraw", Map.of("reason", "found a partner"))).get("status"))
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void wrongSubscriptionsAreNeverCreatedOrRevised(TestTokens tokens) {
        String org = Api.org("wrong-subscriptions");
        String token = Api.enterprise(tokens, org);
        Api enterprise = Api.as(port, token);
        WebTestClient client = client();
        PropertyCheck.forAll("POST /subscriptions refuses wrong bodies", subscriptions()::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.POST, Api.BASE + "/subscriptions", token, wrong);
            assertThat(count("subscriptions", "organizationId", org)).isZero();
        });
        String id = (String) enterprise.created("/subscriptions",
                Bodies.subscription("Interns in Vietnam", List.of("plc", "robot"))).get("id");

        Map<String, Object> before = enterprise.ok(enterprise.get("/subscriptions/" + id));
        PropertyCheck.forAll("PUT /subscriptions/{id} refuses wrong bodies", subscriptions()::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.PUT, Api.BASE + "/subscriptions/" + id, token, wrong);
            assertThat(enterprise.ok(enterprise.get("/subscriptions/" + id))).isEqualTo(before);
        });
        enterprise.ok(enterprise.put("/subscriptions/" + id, Bodies.subscription("Interns", List.of("plc"))));
    }

    @Test
    void wrongMatchActionsChangeNoMatch(TestTokens tokens) {
        Scenario scenario = new Scenario(port, tokens, index, "nursing", "TL");
        String officerToken = Api.officer(tokens, Api.org("yunnan-education-department"), "YN");
        Api officer = Api.as(port, officerToken);
        WebTestClient client = client();
        String match = Api.BASE + "/matches/" + scenario.matchId;
        Map<String, Object> before = officer.ok(officer.get("/matches/" + scenario.matchId));

        WrongBodies recommendations = WrongBodies.from(Map.of("reason", "Both sides train geriatric nurses"))
                .required("reason");
        PropertyCheck.forAll("POST /matches/{id}/recommend refuses wrong bodies", recommendations::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.POST, match + "/recommend", officerToken, wrong);
            assertThat(officer.ok(officer.get("/matches/" + scenario.matchId))).isEqualTo(before);
        });
        Map<String, Object> thirdParty = Map.of("organizationId", Api.org("tl-nursing-council"),
                "role", "INTERMEDIARY", "cooperationModel", "COLLEGE_INTERMEDIARY_COMPANY",
                "reason", "The council places the interns");
        WrongBodies thirdParties = WrongBodies.from(thirdParty)
                .required("organizationId", "role", "cooperationModel", "reason");
        PropertyCheck.forAll("POST /matches/{id}/third-party refuses wrong bodies", thirdParties::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.POST, match + "/third-party", officerToken, wrong);
            assertThat(officer.ok(officer.get("/matches/" + scenario.matchId))).isEqualTo(before);
        });
        String partnerToken = Api.enterprise(tokens, scenario.enterpriseOrg);
        WrongBodies declines = WrongBodies.from(Map.of("reason", "TIMING", "text", "The ward opens in 2028"))
                .required("reason");
        PropertyCheck.forAll("POST /matches/{id}/decline refuses wrong bodies", declines::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.POST, match + "/decline", partnerToken, wrong);
            assertThat(officer.ok(officer.get("/matches/" + scenario.matchId))).isEqualTo(before);
        });
        officer.ok(officer.post("/matches/" + scenario.matchId + "/recommend",
                Map.of("reason", "Both sides train geriatric nurses")));
        officer.ok(officer.post("/matches/" + scenario.matchId + "/third-party", thirdParty));
        assertThat(scenario.enterprise.ok(scenario.enterprise.post("/matches/" + scenario.matchId + "/decline",
                Map.of("reason", "TIMING"))).get("status")).isEqualTo("DECLINED");
    }

    @Test
    void wrongBrokeredMatchesAreNeverCreated(TestTokens tokens) {
        Api college = Api.as(port, Api.college(tokens, Api.org("wrong-broker-college")));
        Api enterprise = Api.as(port, Api.enterprise(tokens, Api.org("wrong-broker-enterprise")));
        String officerToken = Api.officer(tokens, Api.org("yunnan-commerce-department"), "YN");
        String needId = (String) college.created("/needs", Bodies.with(Bodies.with(Bodies.need("Hydropower"),
                "sectors", List.of("hydropower")), "countries", List.of("TL"))).get("id");
        String offerId = (String) enterprise.created("/offers", Bodies.with(Bodies.with(Bodies.offer("Cooks"),
                "sectors", List.of("culinary-arts")), "countries", List.of("MN"))).get("id");
        long before = count("matches", "needId", needId);
        Map<String, Object> valid = Map.of("needId", needId, "offerId", offerId,
                "reason", "The dam's canteen trains cooks for the site");
        WrongBodies brokered = WrongBodies.from(valid).required("needId", "reason");
        WebTestClient client = client();
        PropertyCheck.forAll("POST /matches refuses wrong bodies", brokered::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.POST, Api.BASE + "/matches", officerToken, wrong);
            assertThat(count("matches", "needId", needId)).isEqualTo(before);
        });
        Api.as(port, officerToken).created("/matches", valid);
        assertThat(count("matches", "needId", needId)).isEqualTo(before + 1);
    }
}
