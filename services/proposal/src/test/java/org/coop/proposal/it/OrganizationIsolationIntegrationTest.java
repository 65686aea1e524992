package org.coop.proposal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coop.proposal.it.ProposalApi.problem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * A proposal is its parties' business: every endpoint answers another organization's user as if the
 * proposal did not exist (404, never 403), and changes nothing. Without a token 401; a role that
 * takes no part in agreements 403.
 */
@ProposalIntegrationTest
class OrganizationIsolationIntegrationTest extends ProposalTestBase {

    record Endpoint(HttpMethod method, String path, Object body) {
    }

    static List<Endpoint> endpointsOf(String id) {
        return List.of(
                new Endpoint(HttpMethod.GET, "/" + id, null),
                new Endpoint(HttpMethod.GET, "/" + id + "/versions", null),
                new Endpoint(HttpMethod.POST, "/" + id + "/revisions", ProposalApi.with(ProposalApi.texts("!"),
                        "version", 1)),
                new Endpoint(HttpMethod.POST, "/" + id + "/comments", Map.of("text", "hello")),
                new Endpoint(HttpMethod.POST, "/" + id + "/submit", null),
                new Endpoint(HttpMethod.POST, "/" + id + "/sign", null),
                new Endpoint(HttpMethod.POST, "/" + id + "/withdraw", Map.of("reason", "not ours")));
    }

    @Test
    void anotherOrganizationsUserFindsNoProposalOnAnyEndpointAndChangesNothing() {
        Map<String, Object> draft = api.created(people.collegeStaff(), "",
                ProposalApi.draft(people.college, people.company));
        String id = (String) draft.get("id");
        for (String stranger : List.of(people.outsider(), people.officer("GX"))) {
            for (Endpoint endpoint : endpointsOf(id)) {
                Map<String, Object> answer = problem(api.call(stranger, endpoint.method(), endpoint.path(),
                        endpoint.body()), 404);
                assertThat(answer.get("detail")).as(endpoint.toString()).isEqualTo("No proposal with id " + id);
            }
            assertThat(api.ok(api.get(stranger, "")).get("items")).asList().isEmpty();
        }
        Map<String, Object> unchanged = api.ok(api.get(people.companyStaff(), "/" + id));
        assertThat(unchanged).containsEntry("status", "DRAFT").containsEntry("version", 1);
        assertThat((List<?>) unchanged.get("comments")).isEmpty();
    }

    @Test
    void anOfficerOfTheProvinceReadsButDoesNotActForTheParties() {
        String id = (String) api.created(people.collegeStaff(), "", ProposalApi.draft(people.college, people.company))
                .get("id");
        String officer = people.officer(People.PROVINCE);
        assertThat(api.ok(api.get(officer, "/" + id))).containsEntry("id", id);
        api.get(officer, "/" + id + "/versions").expectStatus().isOk();
        problem(api.post(officer, "/" + id + "/submit", null), 403);
    }

    @Test
    void withoutATokenEveryEndpointIs401AndARoleWithoutAgreementsIs403() {
        List<Endpoint> all = new java.util.ArrayList<>(endpointsOf("some-proposal"));
        all.add(new Endpoint(HttpMethod.GET, "", null));
        all.add(new Endpoint(HttpMethod.POST, "", ProposalApi.draft(people.college, people.company)));
        all.add(new Endpoint(HttpMethod.POST, "/from-match/some-match", ProposalApi.texts("")));
        for (Endpoint endpoint : all) {
            problem(api.call(null, endpoint.method(), endpoint.path(), endpoint.body()), 401);
            problem(api.call(people.forumOrganizer(), endpoint.method(), endpoint.path(), endpoint.body()), 403);
        }
    }
}
