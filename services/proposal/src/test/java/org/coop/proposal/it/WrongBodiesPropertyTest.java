package org.coop.proposal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coop.platform.events.matchmaking.MatchAccepted;
import org.coop.platform.test.input.PropertyCheck;
import org.coop.platform.test.input.Refusals;
import org.coop.platform.test.input.WrongBodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * For every endpoint that reads a body: any wrong body (docs/problems.md, "Input rules") is a 4xx
 * Problem Details, never a 5xx, and changes nothing. Each property then shows its valid body is
 * accepted, so the refusals are the mutations' doing.
 */
@ProposalIntegrationTest
class WrongBodiesPropertyTest extends ProposalTestBase {

    WebTestClient client;

    @BeforeEach
    void client() {
        client = Refusals.client(port);
    }

    private static WrongBodies texts(Map<String, Object> valid) {
        return WrongBodies.from(valid).required("title", "scope", "terms").dictionaries("title", "scope", "terms");
    }

    private Map<String, Object> proposal(String id) {
        return api.ok(api.get(people.collegeStaff(), "/" + id));
    }

    @Test
    void aWrongDraftIsNeverStored() {
        Map<String, Object> valid = ProposalApi.draft(people.college, people.company);
        WrongBodies drafts = texts(valid).required("mode", "parties", "parties[].organizationId", "parties[].role",
                "parties[].signingPosition");
        PropertyCheck.forAll("POST /api/proposals refuses wrong bodies", drafts::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.POST, ProposalApi.BASE, people.collegeStaff(), wrong);
            assertThat(storedProposalsOf(people.college)).isZero();
        });
        api.created(people.collegeStaff(), "", valid);
        assertThat(storedProposalsOf(people.college)).isOne();
    }

    @Test
    void aWrongDraftFromAMatchIsNeverStored() {
        String matchId = "match-" + UUID.randomUUID();
        publish(new MatchAccepted(matchId, "need-" + UUID.randomUUID(), "offer-" + UUID.randomUUID(), null,
                people.college, people.company, "ENTERPRISE", "VN", null, "COLLEGE_COMPANY", List.of("internship"),
                List.of("VN"), 0.87, Instant.now(), People.PROVINCE, 3));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> replicaEntries(matchId) == 1);
        Map<String, Object> valid = ProposalApi.with(ProposalApi.texts(""), "organizationNames",
                Map.of(people.company, "VinFast Bac Ninh"));
        WrongBodies drafts = texts(valid).dictionaries("organizationNames");
        PropertyCheck.forAll("POST /api/proposals/from-match/{id} refuses wrong bodies", drafts::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.POST, ProposalApi.BASE + "/from-match/" + matchId,
                    people.companyStaff(), wrong);
            assertThat(storedProposalsOf(people.company)).isZero();
        });
        api.created(people.companyStaff(), "/from-match/" + matchId, valid);
        assertThat(storedProposalsOf(people.company)).isOne();
    }

    @Test
    void wrongRevisionsCommentsAndWithdrawalsLeaveTheProposalAsItWas() {
        Map<String, Object> draft = ProposalApi.draft(people.college, people.company);
        String id = (String) api.created(people.collegeStaff(), "", draft).get("id");
        Map<String, Object> before = proposal(id);

        Map<String, Object> revision = ProposalApi.with(ProposalApi.with(ProposalApi.texts("（第二稿）"),
                "version", 1), "parties", draft.get("parties"));
        WrongBodies revisions = texts(revision).required("version", "parties[].organizationId", "parties[].role",
                "parties[].signingPosition");
        PropertyCheck.forAll("POST /api/proposals/{id}/revisions refuses wrong bodies", revisions::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.POST, ProposalApi.BASE + "/" + id + "/revisions",
                    people.collegeStaff(), wrong);
            assertThat(proposal(id)).isEqualTo(before);
        });

        Map<String, Object> comment = Map.of("text", "Board and lodging: say who pays the travel", "field", "terms");
        WrongBodies comments = WrongBodies.from(comment).required("text");
        PropertyCheck.forAll("POST /api/proposals/{id}/comments refuses wrong bodies", comments::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.POST, ProposalApi.BASE + "/" + id + "/comments",
                    people.companyStaff(), wrong);
            assertThat(proposal(id)).isEqualTo(before);
        });

        WrongBodies withdrawals = WrongBodies.from(Map.of("reason", "the plant closes")).bodyOptional();
        PropertyCheck.forAll("POST /api/proposals/{id}/withdraw refuses wrong bodies", withdrawals::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.POST, ProposalApi.BASE + "/" + id + "/withdraw",
                    people.collegeStaff(), wrong);
            assertThat(proposal(id)).isEqualTo(before);
        });

        assertThat(api.ok(api.post(people.collegeStaff(), "/" + id + "/revisions", revision)).get("version"))
                .isEqualTo(2);
        api.created(people.companyStaff(), "/" + id + "/comments", comment);
        assertThat(api.ok(api.post(people.collegeStaff(), "/" + id + "/withdraw", Map.of("reason", "the plant closes")))
                .get("status")).isEqualTo("WITHDRAWN");
    }
}
