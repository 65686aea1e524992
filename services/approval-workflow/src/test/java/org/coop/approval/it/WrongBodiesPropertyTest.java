package org.coop.approval.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.coop.platform.test.input.PropertyCheck;
import org.coop.platform.test.input.Refusals;
import org.coop.platform.test.input.WrongBodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;

/**
 * For every endpoint that reads a body: any wrong body (docs/problems.md, "Input rules") is a 4xx
 * Problem Details, never a 5xx, and changes nothing. Each property then shows its valid body is
 * accepted, so the refusals are the mutations' doing.
 */
@ApprovalIntegrationTest
class WrongBodiesPropertyTest extends ApprovalTestBase {

    @Autowired
    Clock clock;
    @Autowired
    ReactiveMongoTemplate mongo;

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    }

    private long count(String collection, String field, String value) {
        return mongo.count(Query.query(Criteria.where(field).is(value)), collection).block();
    }

    private Map<String, Object> trip(String id) {
        return api.getMap(people.requester(), "/trips/" + id);
    }

    private WrongBodies trips(Map<String, Object> valid) {
        return WrongBodies.from(valid).required("travellers", "travellers[].userId", "travellers[].name",
                "travellers[].rank", "destinations", "departureDate", "returnDate", "purpose", "budget",
                "budget.amount", "budget.currency", "budget.fundingSource", "inPlan", "attachments[].name",
                "attachments[].mediaType", "attachments[].sizeBytes");
    }

    @Test
    void aWrongTripIsNeitherCheckedNorStored() {
        Map<String, Object> valid = TripApi.tripBody(today(), 46, 5, List.of("user-lin-wei"));
        PropertyCheck.forAll("POST /api/approvals/trips/check refuses wrong bodies", trips(valid)::next,
                wrong -> Refusals.assertRefused(api.client(), HttpMethod.POST, TripApi.BASE + "/trips/check",
                        people.requester(), wrong));
        PropertyCheck.forAll("POST /api/approvals/trips refuses wrong bodies", trips(valid)::next, wrong -> {
            Refusals.assertRefused(api.client(), HttpMethod.POST, TripApi.BASE + "/trips", people.requester(), wrong);
            assertThat(count("trips", "trip.collegeOrganizationId", people.collegeId())).isZero();
        });
        api.post(people.requester(), "/trips/check", valid).expectStatus().isOk();
        api.submit(people.requester(), valid);
        assertThat(count("trips", "trip.collegeOrganizationId", people.collegeId())).isOne();
    }

    @Test
    void wrongRecallsResubmissionsAndDecisionsLeaveTheTripAsItWas() {
        String id = (String) api.submit(people.requester(), TripApi.tripBody(today(), 60, 5, List.of("user-lin-wei")))
                .get("id");
        String trips = TripApi.BASE + "/trips/" + id;

        Map<String, Object> submitted = trip(id);
        WrongBodies recalls = WrongBodies.from(Map.of("comment", "the dates moved"));
        PropertyCheck.forAll("POST /api/approvals/trips/{id}/recall refuses wrong bodies", recalls::next, wrong -> {
            Refusals.assertRefused(api.client(), HttpMethod.POST, trips + "/recall", people.requester(), wrong);
            assertThat(trip(id)).isEqualTo(submitted);
        });
        api.post(people.requester(), "/trips/" + id + "/recall", Map.of("comment", "the dates moved"))
                .expectStatus().isOk();

        Map<String, Object> recalled = trip(id);
        Map<String, Object> resubmission = Map.of("comment", "the invitation is attached",
                "attachments", List.of(Map.of("name", "invitation.pdf", "mediaType", "application/pdf",
                        "sizeBytes", 20480, "sha256", "a".repeat(64))));
        WrongBodies resubmissions = WrongBodies.from(resubmission)
                .required("attachments[].name", "attachments[].mediaType", "attachments[].sizeBytes");
        PropertyCheck.forAll("POST /api/approvals/trips/{id}/resubmit refuses wrong bodies", resubmissions::next,
                wrong -> {
                    Refusals.assertRefused(api.client(), HttpMethod.POST, trips + "/resubmit", people.requester(),
                            wrong);
                    assertThat(trip(id)).isEqualTo(recalled);
                });
        api.post(people.requester(), "/trips/" + id + "/resubmit", resubmission).expectStatus().isOk();

        Map<String, Object> resubmitted = trip(id);
        Map<String, Object> decision = Map.of("action", "APPROVE", "comment", "agreed");
        WrongBodies decisions = WrongBodies.from(decision).required("action");
        PropertyCheck.forAll("POST /api/approvals/trips/{id}/decisions refuses wrong bodies", decisions::next,
                wrong -> {
                    Refusals.assertRefused(api.client(), HttpMethod.POST, trips + "/decisions",
                            people.internationalOffice(), wrong);
                    assertThat(trip(id)).isEqualTo(resubmitted);
                });
        assertThat(api.decide(people.internationalOffice(), id, decision).get("currentStep")).isEqualTo(1);
    }

    @Test
    void aWrongReportIsNotFiled() {
        String id = (String) api.submit(people.requester(), TripApi.tripBody(today(), 45, 5, List.of("user-lin-wei")))
                .get("id");
        for (String approver : List.of(people.internationalOffice(), people.collegeLeader(), people.education(),
                people.foreignAffairs())) {
            api.approve(approver, id);
        }
        // the trip is over: the report is due
        ((MutableClock) clock).advance(Duration.ofDays(51));
        Map<String, Object> approved = trip(id);
        Map<String, Object> report = Map.of("text", "Visited the partner's workshops.",
                "publicSummary", "Internship agreement signed; 12 students placed from March");
        WrongBodies reports = WrongBodies.from(report).required("text", "publicSummary");
        PropertyCheck.forAll("POST /api/approvals/trips/{id}/report refuses wrong bodies", reports::next, wrong -> {
            Refusals.assertRefused(api.client(), HttpMethod.POST, TripApi.BASE + "/trips/" + id + "/report",
                    people.requester(), wrong);
            assertThat(trip(id)).isEqualTo(approved);
        });
        api.post(people.requester(), "/trips/" + id + "/report", report).expectStatus().isOk();
    }

    @Test
    void aWrongDelegationIsNeverStored() {
        // the college leader qualifies: the international office escalates to it (docs/approval-workflow.md)
        Map<String, Object> valid = Map.of("delegateUserId", "user-chen-hao", "delegateName", "Chen Hao",
                "from", today().toString(), "to", today().plusDays(7).toString(),
                "reason", "at the China-ASEAN Education Exchange Week");
        WrongBodies delegations = WrongBodies.from(valid).required("delegateUserId", "delegateName", "from", "to");
        PropertyCheck.forAll("POST /api/approvals/delegations refuses wrong bodies", delegations::next, wrong -> {
            Refusals.assertRefused(api.client(), HttpMethod.POST, TripApi.BASE + "/delegations",
                    people.internationalOffice(), wrong);
            assertThat(count("delegations", "delegator.organizationId", people.collegeId())).isZero();
        });
        api.post(people.internationalOffice(), "/delegations", valid).expectStatus().isCreated();
        assertThat(count("delegations", "delegator.organizationId", people.collegeId())).isOne();
    }
}
