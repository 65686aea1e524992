package org.coop.approval.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coop.platform.events.matchmaking.MatchAccepted;
import org.coop.platform.test.PlatformInfrastructure;
import org.coop.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

/**
 * The rules that depend on who people are (issue 9): delegations stay inside the organization
 * and go to someone holding what the steps need; travellers are accounts of the college, named by
 * account id whatever the requester typed, so nobody decides on a trip they travel on; and no
 * answer tells another organization's ids from ids that do not exist.
 */
@ApprovalIntegrationTest
class DirectoryRulesIntegrationTest extends ApprovalTestBase {

    @Autowired
    Clock clock;
    @Autowired
    ReactiveMongoTemplate mongo;

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    }

    Map<String, Object> delegationTo(String delegate) {
        return Map.of("delegateUserId", delegate, "delegateName", "Deputy", "from", today().toString(),
                "to", today().plusDays(7).toString(), "reason", "abroad with the delegation");
    }

    long storedDelegationsOf(String college) {
        return mongo.count(Query.query(Criteria.where("delegator.organizationId").is(college)), "delegations").block();
    }

    long storedTripsOf(String college) {
        return mongo.count(Query.query(Criteria.where("trip.collegeOrganizationId").is(college)), "trips").block();
    }

    /** A Problem Details body without what differs on every request. */
    @SuppressWarnings("unchecked")
    Map<String, Object> problem(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec response,
                                int status) {
        Map<String, Object> body = new HashMap<>(response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody());
        body.remove("requestId");
        return body;
    }

    @Test
    void aDelegationToAnotherCollegesAccountIsAnsweredExactlyAsOneToNobodyAndNothingIsStored(TestTokens tokens) {
        People otherCollege = new People(tokens, directory, "org-college-" + UUID.randomUUID());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        otherCollege.member("acct-nn-" + suffix, "nn.leader-" + suffix, new String[] {"COLLEGE_LEADER"});

        Map<String, Object> foreignByUsername = problem(api.post(people.internationalOffice(), "/delegations",
                delegationTo("nn.leader-" + suffix)), 400);
        Map<String, Object> foreignById = problem(api.post(people.internationalOffice(), "/delegations",
                delegationTo("acct-nn-" + suffix)), 400);
        Map<String, Object> nobody = problem(api.post(people.internationalOffice(), "/delegations",
                delegationTo("nobody-" + suffix)), 400);

        assertThat(foreignByUsername).isEqualTo(nobody).isEqualTo(foreignById);
        assertThat(nobody).containsEntry("type", "https://coop-platform.example/problems/validation-failed")
                .containsEntry("errors", List.of(Map.of("field", "delegateUserId",
                        "message", "names no active account of your organization", "code", "not-a-member")));
        assertThat(storedDelegationsOf(people.collegeId())).isZero();
        String otherLeader = otherCollege.college("acct-nn-" + suffix).username("nn.leader-" + suffix)
                .position("COLLEGE_LEADER").build();
        assertThat(api.items(otherLeader, "/delegations")).isEmpty();
    }

    @Test
    void aDelegateMustHoldWhatTheDelegatorsStepNeedsAndBeAnActiveAccount() {
        problem(api.post(people.internationalOffice(), "/delegations", delegationTo("user-zhou-li")), 422);
        api.post(people.internationalOffice(), "/delegations", delegationTo("user-zhou-li")).expectBody()
                .jsonPath("$.type").isEqualTo("https://coop-platform.example/problems/rule-violation")
                .jsonPath("$.violations[0].rule").isEqualTo("delegate-positions")
                .jsonPath("$.violations[0].values.field").isEqualTo("delegateUserId")
                .jsonPath("$.violations[0].values.approvers[0]").isEqualTo("college-international-office");

        directory.add(new org.coop.approval.directory.application.Member("user-left", "user-left", "Left",
                people.collegeId(), java.util.Set.of("COLLEGE"), java.util.Set.of("COLLEGE_LEADER"), false));
        Map<String, Object> disabled = problem(api.post(people.internationalOffice(), "/delegations",
                delegationTo("user-left")), 400);
        assertThat(disabled.get("errors").toString()).contains("delegateUserId", "not-a-member");

        api.post(people.requester(), "/delegations", delegationTo("user-chen-hao")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.violations[0].rule").isEqualTo("delegator-decides-nothing");
        assertThat(storedDelegationsOf(people.collegeId())).isZero();

        api.post(people.internationalOffice(), "/delegations", delegationTo("user-chen-hao"))
                .expectStatus().isCreated().expectBody().jsonPath("$.delegateUserId").isEqualTo("user-chen-hao");
        assertThat(storedDelegationsOf(people.collegeId())).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTravellerNamedByUsernameIsStoredByAccountIdAndCannotDecideOnTheTrip() {
        String accountId = "acct-" + UUID.randomUUID();
        people.member(accountId, "lin.intl", new String[] {"INTERNATIONAL_OFFICE"});
        Map<String, Object> body = TripApi.tripBody(today(), 60, 5, List.of("Lin.Intl"));

        Map<String, Object> trip = api.submit(people.requester(), body);
        String tripId = (String) trip.get("id");
        Map<String, Object> traveller = ((List<Map<String, Object>>) trip.get("travellers")).get(0);
        assertThat(traveller).containsEntry("userId", accountId).containsEntry("username", "lin.intl")
                .containsEntry("name", "Lin.Intl");

        String travellingOfficer = people.college(accountId).username("lin.intl").position("INTERNATIONAL_OFFICE")
                .build();
        assertThat(api.items(travellingOfficer, "/tasks?size=100")).noneMatch(task -> tripId.equals(task.get("tripId")));
        api.post(travellingOfficer, "/trips/" + tripId + "/decisions", Map.of("action", "APPROVE"))
                .expectStatus().isForbidden().expectBody().jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("segregation of duties"));
        // the colleague who does not travel decides it
        api.approve(people.internationalOffice(), tripId);
    }

    @Test
    void aTravellerCannotDecideForTheirApproverThroughADelegationEither() {
        String accountId = "acct-" + UUID.randomUUID();
        people.member(accountId, "leader.traveller", new String[] {"COLLEGE_LEADER"});
        String tripId = (String) api.submit(people.requester(),
                TripApi.tripBody(today(), 60, 5, List.of("leader.traveller"))).get("id");
        api.post(people.internationalOffice(), "/delegations", delegationTo("leader.traveller"))
                .expectStatus().isCreated().expectBody().jsonPath("$.delegateUserId").isEqualTo(accountId);

        String travellingLeader = people.college(accountId).username("leader.traveller").position("COLLEGE_LEADER")
                .build();
        api.post(travellingLeader, "/trips/" + tripId + "/decisions", Map.of("action", "APPROVE"))
                .expectStatus().isForbidden().expectBody().jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("segregation of duties"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void travellersWhoAreNoAccountsOfTheCollegeBreakARuleAndForeignLooksLikeUnknown(TestTokens tokens) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        new People(tokens, directory, "org-college-" + UUID.randomUUID())
                .member("acct-nn-" + suffix, "nn.teacher-" + suffix, new String[0]);
        Map<String, Object> foreign = TripApi.tripBody(today(), 60, 5, List.of("nn.teacher-" + suffix));
        Map<String, Object> unknown = TripApi.tripBody(today(), 60, 5, List.of("nobody-" + suffix));

        Map<String, Object> foreignCheck = api.post(people.requester(), "/trips/check", foreign).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> unknownCheck = api.post(people.requester(), "/trips/check", unknown).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(foreignCheck.get("passes")).isEqualTo(false);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) foreignCheck.get("violations");
        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.get("rule")).isEqualTo("traveller-account");
            assertThat((Map<String, Object>) violation.get("values")).containsEntry("field", "travellers[0].userId");
        });
        assertThat(foreignCheck.toString().replace("nn.teacher-" + suffix, "X"))
                .isEqualTo(unknownCheck.toString().replace("nobody-" + suffix, "X"));

        Map<String, Object> foreignSubmit = problem(api.post(people.requester(), "/trips", foreign), 422);
        Map<String, Object> unknownSubmit = problem(api.post(people.requester(), "/trips", unknown), 422);
        assertThat(foreignSubmit.toString().replace("nn.teacher-" + suffix, "X"))
                .isEqualTo(unknownSubmit.toString().replace("nobody-" + suffix, "X"));
        assertThat(storedTripsOf(people.collegeId())).isZero();
    }

    @Test
    void theTripCheckAnswersAnotherCollegesEvidenceExactlyAsEvidenceThatDoesNotExist(PlatformInfrastructure infra)
            throws Exception {
        String foreignMatch = "match-" + UUID.randomUUID();
        String unknownMatch = "match-" + UUID.randomUUID();
        TripWorkflowIntegrationTest.publish(infra, new MatchAccepted(foreignMatch, "need-" + UUID.randomUUID(),
                "offer-1", null, "org-college-" + UUID.randomUUID(), "org-lao-german-tc", "INSTITUTION", "LA", null,
                "COLLEGE_COLLEGE", List.of("teacher-training"), List.of("LA"), 0.9, Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> mongo.count(Query.query(Criteria.where("_id")
                .is("MATCH_ACCEPTED:" + foreignMatch)), "evidence").block() == 1);

        String foreign = checkWithEvidence(foreignMatch, 200).replace(foreignMatch, "ID");
        String unknown = checkWithEvidence(unknownMatch, 200).replace(unknownMatch, "ID");
        assertThat(foreign).isEqualTo(unknown).contains("is not known to the platform (yet)");

        Map<String, Object> foreignSubmit = new HashMap<>(problem(api.post(people.requester(), "/trips",
                tripWithEvidence(foreignMatch)), 422));
        Map<String, Object> unknownSubmit = new HashMap<>(problem(api.post(people.requester(), "/trips",
                tripWithEvidence(unknownMatch)), 422));
        assertThat(foreignSubmit.toString().replace(foreignMatch, "ID"))
                .isEqualTo(unknownSubmit.toString().replace(unknownMatch, "ID"));
    }

    private Map<String, Object> tripWithEvidence(String matchId) {
        Map<String, Object> body = new HashMap<>(TripApi.tripBody(today(), 20, 5, List.of("user-lin-wei")));
        body.put("evidence", List.of(Map.of("kind", "MATCH_ACCEPTED", "id", matchId)));
        body.put("justification", "The Lao partner can only receive the delegation before its term ends");
        return body;
    }

    private String checkWithEvidence(String matchId, int status) {
        return api.post(people.requester(), "/trips/check", tripWithEvidence(matchId)).expectStatus().isEqualTo(status)
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
