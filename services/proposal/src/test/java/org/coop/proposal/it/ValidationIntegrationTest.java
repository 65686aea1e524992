package org.coop.proposal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coop.proposal.it.ProposalApi.problem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input is answered 400 with field-level Problem Details, and nothing is stored or changed. */
@ProposalIntegrationTest
class ValidationIntegrationTest extends ProposalTestBase {

    @SuppressWarnings("unchecked")
    private static List<String> fields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("errors")).stream().map(e -> (String) e.get("field")).toList();
    }

    @Test
    void aDraftWithBadTextOrPartiesIsRefusedFieldByFieldAndNotStored() {
        Map<String, Object> valid = ProposalApi.draft(people.college, people.company);

        Map<String, Object> unknownLanguage = problem(api.post(people.collegeStaff(), "",
                ProposalApi.with(valid, "title", Map.of("zh", "标题", "fr", "Titre"))), 400);
        assertThat(fields(unknownLanguage)).containsExactly("title.fr");
        assertThat(unknownLanguage.get("type").toString()).endsWith("/validation-failed");

        assertThat(fields(problem(api.post(people.collegeStaff(), "",
                ProposalApi.with(valid, "scope", Map.of("en", "Scope", "vi", "Phạm vi"))), 400)))
                .containsExactly("scope");
        assertThat(fields(problem(api.post(people.collegeStaff(), "",
                ProposalApi.with(valid, "mode", "COLLEGE_ONLY")), 400))).containsExactly("mode");
        assertThat(fields(problem(api.post(people.collegeStaff(), "", ProposalApi.with(valid, "parties", List.of(
                ProposalApi.party(people.college, "COLLEGE", "CN", 1),
                ProposalApi.party(people.company, "COMPANY", "VN", 2),
                ProposalApi.party("org-broker", "INTERMEDIARY", "VN", 3)))), 400))).containsExactly("parties");
        assertThat(fields(problem(api.post(people.collegeStaff(), "", ProposalApi.with(valid, "parties", List.of(
                ProposalApi.party(people.college, "COLLEGE", "China", 1)))), 400)))
                .contains("parties", "parties[0].country");
        assertThat(fields(problem(api.post(people.outsider(), "", valid), 400))).containsExactly("parties");

        assertThat(storedProposalsOf(people.college)).isZero();
        assertThat(storedProposalsOf(people.company)).isZero();
    }

    @Test
    void aBadRevisionOrCommentChangesNothing() {
        String id = (String) api.created(people.collegeStaff(), "", ProposalApi.draft(people.college, people.company))
                .get("id");
        assertThat(fields(problem(api.post(people.companyStaff(), "/" + id + "/revisions",
                ProposalApi.with(ProposalApi.with(ProposalApi.texts(""), "version", 1), "terms", Map.of("zh", "条款"))),
                400))).containsExactly("terms");
        assertThat(fields(problem(api.post(people.companyStaff(), "/" + id + "/revisions", ProposalApi.texts("")),
                400))).containsExactly("version");
        assertThat(fields(problem(api.post(people.companyStaff(), "/" + id + "/comments",
                Map.of("text", "", "field", "preamble")), 400))).containsExactlyInAnyOrder("text", "field");

        Map<String, Object> unchanged = api.ok(api.get(people.companyStaff(), "/" + id));
        assertThat(unchanged).containsEntry("version", 1);
        assertThat((List<?>) unchanged.get("comments")).isEmpty();
    }

    @Test
    void listParametersOutOfRangeAreRefused() {
        assertThat(fields(problem(api.get(people.collegeStaff(), "?status=SIGNED"), 400))).containsExactly("status");
        assertThat(fields(problem(api.get(people.collegeStaff(), "?page=-1&size=500"), 400)))
                .containsExactly("page", "size");
    }

    @Test
    void myListIsNewestFirstAndFilteredByStatus() {
        String first = (String) api.created(people.collegeStaff(), "", ProposalApi.draft(people.college,
                people.company)).get("id");
        String second = (String) api.created(people.companyStaff(), "", ProposalApi.draft(people.college,
                people.company)).get("id");
        api.ok(api.post(people.companyStaff(), "/" + first + "/submit", null));
        assertThat(ids(api.ok(api.get(people.collegeStaff(), "")))).containsExactly(second, first);
        assertThat(ids(api.ok(api.get(people.collegeStaff(), "?status=SUBMITTED")))).containsExactly(first);
        assertThat(ids(api.ok(api.get(people.collegeStaff(), "?status=DRAFT&size=1&page=0")))).containsExactly(second);
        assertThat(ids(api.ok(api.get(people.collegeStaff(), "?page=1&size=1")))).containsExactly(first);
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(p -> (String) p.get("id")).toList();
    }

    @Test
    void theApiIsDescribedWithoutSigningIn() {
        org.springframework.test.web.reactive.server.WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .build().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/api/proposals']").exists()
                .jsonPath("$.paths['/api/proposals/from-match/{matchId}']").exists()
                .jsonPath("$.paths['/api/proposals/{id}/sign']").exists();
    }
}
