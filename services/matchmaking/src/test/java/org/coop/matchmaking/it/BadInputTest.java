package org.coop.matchmaking.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.coop.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/** Every bad field gets a clear Problem Details answer, and nothing of a rejected request is stored. */
@MatchmakingIntegrationTest
class BadInputTest {

    @LocalServerPort
    int port;

    @Test
    void unknownCodesAreRefusedWithTheValidOnesListed(TestTokens tokens) {
        Api college = Api.as(port, Api.college(tokens, Api.org("bad-codes")));
        Map<String, Object> problem = Api.expect(college.post("/needs", Bodies.with(Bodies.with(Bodies.need("x"),
                "modes", List.of("internship", "space-travel")), "countries", List.of("XX"))), 400);
        assertThat(problem.get("type")).isEqualTo("https://coop-platform.example/problems/validation-failed");
        assertThat(problem.get("errors")).asString()
                .contains("unknown modes [space-travel]; valid: internship, order-class")
                .contains("unknown countries [XX]; valid: VN, LA, TH");
        assertNothingStored(college);
    }

    @Test
    void fieldsOutOfTheirBoundsAreEachNamed(TestTokens tokens) {
        Api college = Api.as(port, Api.college(tokens, Api.org("bad-fields")));
        Map<String, Object> need = Bodies.need("x");
        need = Bodies.with(need, "students", 0);
        need = Bodies.with(need, "periodStart", LocalDate.now().plusMonths(6).toString());
        need = Bodies.with(need, "periodEnd", LocalDate.now().plusMonths(3).toString());
        Map<String, Object> problem = Api.expect(college.post("/needs", need), 400);
        assertThat(problem.get("errors")).asString().contains("students");

        need = Bodies.with(Bodies.need("x"), "periodEnd", LocalDate.now().plusMonths(1).toString());
        assertThat(Api.expect(college.post("/needs", need), 400).get("errors")).asString()
                .contains("periodEnd", "must not be before periodStart");

        need = Bodies.with(Bodies.need("x"), "expiresOn", LocalDate.now().minusDays(1).toString());
        assertThat(Api.expect(college.post("/needs", need), 400).get("errors")).asString().contains("expiresOn");

        need = Bodies.with(Bodies.need("x"), "countries", Collections.nCopies(11, "VN"));
        assertThat(Api.expect(college.post("/needs", need), 400).get("errors")).asString().contains("countries");

        need = Bodies.with(Bodies.need("x"), "title", Map.of("en", "t".repeat(201)));
        assertThat(Api.expect(college.post("/needs", need), 400).get("errors")).asString().contains("title");

        need = Bodies.with(Bodies.need("x"), "title", Map.of());
        assertThat(Api.expect(college.post("/needs", need), 400).get("errors")).asString().contains("title");

        need = Bodies.with(Bodies.need("x"), "contact", Map.of("name", "Li", "email", "not-an-email"));
        assertThat(Api.expect(college.post("/needs", need), 400).get("errors")).asString().contains("contact.email");

        need = Bodies.with(Bodies.need("x"), "partnerKinds", List.of("GOVERNMENT"));
        assertThat(Api.expect(college.post("/needs", need), 400).get("detail")).asString().contains("partnerKinds");
        assertNothingStored(college);
    }

    @Test
    void malformedOversizedAndWronglyTypedBodiesAreRefused(TestTokens tokens) {
        Api college = Api.as(port, Api.college(tokens, Api.org("bad-bodies")));
        Map<String, Object> malformed = Api.expect(college.client().post().uri(Api.BASE + "/needs")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\": {\"en\": \"x\"").exchange(), 400);
        assertThat(malformed.get("type")).isEqualTo("https://coop-platform.example/problems/malformed-request");

        Map<String, Object> huge = Bodies.with(Bodies.need("x"), "description", Map.of("en", "d".repeat(100_000)));
        Map<String, Object> tooLarge = Api.expect(college.post("/needs", huge), 413);
        assertThat(tooLarge.get("type")).isEqualTo("https://coop-platform.example/problems/payload-too-large");

        Api.expect(college.client().post().uri(Api.BASE + "/needs").contentType(MediaType.TEXT_PLAIN)
                .bodyValue("need").exchange(), 415);
        assertNothingStored(college);
    }

    @Test
    void pageSizeIsCappedAndSortIsChecked(TestTokens tokens) {
        Api college = Api.as(port, Api.college(tokens, Api.org("bad-paging")));
        assertThat(Api.expect(college.get("/needs?size=101"), 400).get("errors")).asString()
                .contains("size", "capped");
        assertThat(Api.expect(college.get("/needs?page=-1"), 400).get("errors")).asString().contains("page");
        assertThat(Api.expect(college.get("/matches?sort=contact"), 400).get("errors")).asString()
                .contains("sort");
        assertThat(college.ok(college.get("/needs?size=100&sort=createdAt,asc")).get("size")).isEqualTo(100);
    }

    @Test
    void aBadSubscriptionIsRefusedAndNotStored(TestTokens tokens) {
        Api enterprise = Api.as(port, Api.enterprise(tokens, Api.org("bad-subscription")));
        Map<String, Object> problem = Api.expect(enterprise.post("/subscriptions", Bodies.with(Bodies.with(
                Bodies.subscription("x", Collections.nCopies(21, "kw")), "minimumScore", 1.5),
                "sectors", List.of("unknown-sector"))), 400);
        assertThat(problem.get("errors")).asString().contains("keywords", "minimumScore");
        Map<String, Object> shortSecret = Bodies.withWebhook(Bodies.subscription("x", List.of()),
                "https://partner.example/hook", "short");
        assertThat(Api.expect(enterprise.post("/subscriptions", shortSecret), 400).get("errors")).asString()
                .contains("channels.webhook.secret");
        assertThat(enterprise.ok(enterprise.get("/subscriptions")).get("total")).isEqualTo(0);
    }

    private static void assertNothingStored(Api college) {
        assertThat(college.ok(college.get("/needs")).get("total")).isEqualTo(0);
    }
}
