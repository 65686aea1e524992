package org.coop.approval.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.coop.platform.events.CloudEventHeaders;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventDescriptor;
import org.coop.platform.events.EventEnvelope;
import org.coop.platform.events.EventJson;
import org.coop.platform.events.EventSchemas;
import org.coop.platform.events.Topics;
import org.coop.platform.events.forum.RegistrationConfirmed;
import org.coop.platform.events.matchmaking.MatchAccepted;
import org.coop.platform.messaging.Inbox;
import org.coop.platform.test.KafkaTopicReader;
import org.coop.platform.test.KafkaTopicWriter;
import org.coop.platform.test.PlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;

/** Trips through the service as people use it, against the real broker and store. */
@ApprovalIntegrationTest
class TripWorkflowIntegrationTest extends ApprovalTestBase {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    Clock clock;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    Inbox inbox;



    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    Map<String, Object> trip(int leadDays) {
        return TripApi.tripBody(today(), leadDays, 5, List.of("user-lin-wei"));
    }

    static void publish(PlatformInfrastructure infra, DomainEvent event) throws Exception {
        publish(infra, event, UUID.randomUUID().toString());
    }

    /** Publishes a hand-made event as its producer would (CloudEvents headers), after checking it against its schema. */
    static void publish(PlatformInfrastructure infra, DomainEvent event, String eventId) throws Exception {
        EventDescriptor descriptor = EventDescriptor.of(event);
        byte[] data = EventJson.toBytes(event);
        EventSchemas.requireValid(descriptor.type(), data);
        KafkaTopicWriter.send(infra.kafkaBootstrapServers(), descriptor.topic(), event.aggregateId(), data,
                new EventEnvelope(eventId, descriptor.type(), "/coop/test-producer", Instant.now(),
                        event.aggregateId()).toHeaders(), 1);
    }

    static List<ConsumerRecord<String, byte[]>> tripEvents(PlatformInfrastructure infra, String tripId, String type,
                                                            int expected) {
        return KafkaTopicReader.readUntil(infra.kafkaBootstrapServers(), Topics.APPROVAL_TRIPS,
                record -> tripId.equals(record.key())
                        && ("org.coop.approval." + type + ".v1").equals(KafkaTopicReader.header(record, CloudEventHeaders.TYPE)),
                expected, Duration.ofSeconds(60));
    }

    /** Six accounts of the test's college: one more than a delegation may have. */
    List<String> sixColleagues() {
        List<String> ids = List.of("user-a", "user-b", "user-c", "user-d", "user-e", "user-f");
        ids.forEach(people::member);
        return ids;
    }

    long storedTripsOf(String college) {
        return mongo.count(Query.query(Criteria.where("trip.collegeOrganizationId").is(college)), "trips").block();
    }

    @Test
    void aTripBackedByAnAcceptedMatchTakesTheFastTrackAndIsApprovedWhileWithoutEvidenceItIsRefused(
            PlatformInfrastructure infra) throws Exception {
        String matchId = "match-" + UUID.randomUUID();
        publish(infra, new MatchAccepted(matchId, "need-" + UUID.randomUUID(), "offer-1", null, people.collegeId(),
                "org-lao-german-tc", "INSTITUTION", "LA", null, "COLLEGE_COLLEGE", List.of("teacher-training"),
                List.of("LA"), 0.91, Instant.now()));

        Map<String, Object> withoutEvidence = trip(20);
        api.post(people.requester(), "/trips", withoutEvidence).expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.violations[0].rule").isEqualTo("lead-time")
                .jsonPath("$.violations[0].message").isEqualTo("lead time 20 days < 45 required for 1 country");
        assertThat(storedTripsOf(people.collegeId())).isZero();

        Map<String, Object> withEvidence = new java.util.HashMap<>(withoutEvidence);
        withEvidence.put("evidence", List.of(Map.of("kind", "MATCH_ACCEPTED", "id", matchId)));
        withEvidence.put("justification", "The Lao partner can only receive the delegation before its term ends");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                "FAST_TRACK".equals(api.post(people.requester(), "/trips/check", withEvidence).expectStatus().isOk()
                        .expectBody(Map.class).returnResult().getResponseBody().get("track")));

        Map<String, Object> submitted = api.submit(people.requester(), withEvidence);
        String tripId = (String) submitted.get("id");
        assertThat(submitted.get("track")).isEqualTo("FAST_TRACK");
        assertThat(submitted.get("policyVersion")).isNotNull();
        assertThat(submitted.get("reportRequired")).isEqualTo(true);

        api.approve(people.internationalOffice(), tripId);
        api.approve(people.collegeLeader(), tripId);
        assertThat(taskIds(people.education())).contains(tripId);
        api.approve(people.education(), tripId);
        Map<String, Object> approved = api.approve(people.foreignAffairs(), tripId);
        assertThat(approved.get("status")).isEqualTo("APPROVED");

        List<ConsumerRecord<String, byte[]>> published = tripEvents(infra, tripId, "TripApproved", 1);
        assertThat(published).hasSize(1);
        assertThat(EventSchemas.violations("org.coop.approval.TripApproved.v1", published.get(0).value())).isEmpty();
        assertThat(new String(published.get(0).value(), StandardCharsets.UTF_8)).contains(matchId, "FAST_TRACK");
        assertThat(tripEvents(infra, tripId, "TripStepDecided", 4)).hasSize(4);

        api.get(people.requester(), "/trips/" + tripId + "/trail/verification").expectStatus().isOk()
                .expectBody().jsonPath("$.intact").isEqualTo(true).jsonPath("$.entries").isEqualTo(6);
        api.get(null, "/public/trips/" + tripId).expectStatus().isOk().expectBody()
                .jsonPath("$.destinations[0]").isEqualTo("LA")
                .jsonPath("$.travellerCount").isEqualTo(1)
                .jsonPath("$.budget").doesNotExist()
                .jsonPath("$.travellers").doesNotExist();
    }

    @Test
    void theSameEvidenceEventDeliveredTwiceIsRecordedOnceAndAForumRegistrationQualifiesToo(
            PlatformInfrastructure infra) throws Exception {
        String matchId = "match-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        MatchAccepted accepted = new MatchAccepted(matchId, "need-1", null, "subscription-1", people.collegeId(),
                "org-vinfast", "ENTERPRISE", "VN", null, "COLLEGE_COMPANY", List.of("internship"), List.of("VN"), 0.7,
                Instant.now());
        publish(infra, accepted, eventId);
        publish(infra, accepted, eventId);
        await().atMost(Duration.ofSeconds(60)).until(() -> inbox.isDone("approval-workflow.match-evidence", eventId));
        assertThat(mongo.count(Query.query(Criteria.where("_id").is("MATCH_ACCEPTED:" + matchId)), "evidence").block())
                .isEqualTo(1);

        String registrationId = "registration-" + UUID.randomUUID();
        LocalDate forumDay = today().plusDays(20);
        publish(infra, new RegistrationConfirmed(registrationId, "forum-1", "China-ASEAN Education Exchange Week",
                people.collegeId(), List.of("user-lin-wei"), "LA", "Vientiane", forumDay, forumDay.plusDays(2),
                Instant.now()));
        Map<String, Object> body = new java.util.HashMap<>(trip(20));
        body.put("evidence", List.of(Map.of("kind", "FORUM_REGISTRATION", "id", registrationId)));
        body.put("justification", "Invited to present our Luban Workshop at the exchange week");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                Boolean.TRUE.equals(api.post(people.requester(), "/trips/check", body).expectStatus().isOk()
                        .expectBody(Map.class).returnResult().getResponseBody().get("passes")));
        assertThat(api.submit(people.requester(), body).get("track")).isEqualTo("FAST_TRACK");
    }

    @SuppressWarnings("unchecked")
    List<String> taskIds(String token) {
        return api.items(token, "/tasks?size=100").stream().map(task -> (String) task.get("tripId")).toList();
    }

    @Test
    void anApproverReturnsToAnEarlierStepAndTheRequesterResubmits() {
        String tripId = (String) api.submit(people.requester(), trip(60)).get("id");
        api.approve(people.internationalOffice(), tripId);
        api.approve(people.collegeLeader(), tripId);
        api.post(people.education(), "/trips/" + tripId + "/decisions", Map.of("action", "RETURN", "toStep", 1))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("comment");
        Map<String, Object> returned = api.decide(people.education(), tripId,
                Map.of("action", "RETURN", "toStep", 1, "comment", "the leadership must confirm the budget"));
        assertThat(returned.get("status")).isEqualTo("RETURNED");
        api.post(people.collegeLeader(), "/trips/" + tripId + "/decisions", Map.of("action", "APPROVE"))
                .expectStatus().isEqualTo(409);

        api.post(people.collegeStaff("user-someone-else"), "/trips/" + tripId + "/resubmit", Map.of("comment", "x"))
                .expectStatus().isForbidden();
        Map<String, Object> resubmitted = api.post(people.requester(), "/trips/" + tripId + "/resubmit",
                Map.of("comment", "budget confirmed by the finance office")).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(resubmitted.get("status")).isEqualTo("IN_REVIEW");
        assertThat(resubmitted.get("currentStep")).isEqualTo(1);
        assertThat(taskIds(people.collegeLeader())).contains(tripId);
        api.approve(people.collegeLeader(), tripId);
        api.post(people.education(), "/trips/" + tripId + "/decisions", Map.of("action", "REJECT"))
                .expectStatus().isBadRequest();
        Map<String, Object> rejected = api.decide(people.education(), tripId,
                Map.of("action", "REJECT", "reason", "the partner has not confirmed the visit"));
        assertThat(rejected.get("status")).isEqualTo("REJECTED");
    }

    @Test
    void theRequesterRecallsBeforeTheStepDecidesAndNotAfter() {
        String tripId = (String) api.submit(people.requester(), trip(60)).get("id");
        api.post(people.requester(), "/trips/" + tripId + "/recall", Map.of("comment", "dates moved"))
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("RECALLED");
        assertThat(taskIds(people.internationalOffice())).doesNotContain(tripId);
        api.post(people.requester(), "/trips/" + tripId + "/resubmit", Map.of()).expectStatus().isOk();
        api.approve(people.internationalOffice(), tripId);
        api.post(people.internationalOffice(), "/trips/" + tripId + "/recall", Map.of())
                .expectStatus().isForbidden();
        api.post(people.requester(), "/trips/" + tripId + "/recall", Map.of()).expectStatus().isOk();
    }

    @Test
    void aDelegateDecidesForTheApproverAndTheTrailNamesBoth() {
        String tripId = (String) api.submit(people.requester(), trip(60)).get("id");
        // The leader is who the policy escalates the international office's step to: they may stand in.
        people.member("user-chen-hao", "chen.hao", new String[] {"COLLEGE_LEADER"});
        String deputy = people.collegeLeader();
        assertThat(taskIds(deputy)).doesNotContain(tripId);
        Map<String, Object> delegation = api.post(people.internationalOffice(), "/delegations", Map.of(
                        "delegateUserId", "chen.hao", "delegateName", "Chen Hao", "from", today().toString(),
                        "to", today().plusDays(7).toString(), "reason", "at the China-ASEAN Education Exchange Week"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(delegation.get("delegateUserId")).as("stored as the account id").isEqualTo("user-chen-hao");
        assertThat(delegation.get("delegateName")).isEqualTo("Chen Hao");
        assertThat(taskIds(deputy)).contains(tripId);
        api.approve(deputy, tripId);
        List<Map<String, Object>> trail = api.get(people.requester(), "/trips/" + tripId + "/trail")
                .expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody()
                .stream().map(entry -> (Map<String, Object>) entry).toList();
        Map<String, Object> last = trail.get(trail.size() - 1);
        assertThat(last.get("actorName")).isEqualTo("user-chen-hao");
        assertThat(last.get("onBehalfOfUserId")).isEqualTo("user-wang-fang");
        assertThat(api.items(deputy, "/delegations")).hasSize(1);
    }

    @Test
    void nobodyDecidesOnATripTheyTravelOnOrRequested() {
        String officerWhoTravels = people.college("user-lin-wei").position("INTERNATIONAL_OFFICE").build();
        String tripId = (String) api.submit(people.requester(), trip(60)).get("id");
        assertThat(taskIds(officerWhoTravels)).doesNotContain(tripId);
        api.post(officerWhoTravels, "/trips/" + tripId + "/decisions", Map.of("action", "APPROVE"))
                .expectStatus().isForbidden().expectBody().jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("segregation of duties"));
        String requestingOfficer = people.college("user-he-jing").position("INTERNATIONAL_OFFICE").build();
        api.post(requestingOfficer, "/trips/" + tripId + "/decisions", Map.of("action", "APPROVE"))
                .expectStatus().isForbidden();
    }

    @Test
    void anotherProvincesOfficerAndAnotherCollegesStaffAreRefused() {
        String tripId = (String) api.submit(people.requester(), trip(60)).get("id");
        api.get(people.otherProvinceOfficer(), "/trips/" + tripId).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        api.get(people.otherCollegeStaff(), "/trips/" + tripId).expectStatus().isNotFound();
        api.post(people.otherCollegeStaff(), "/trips/" + tripId + "/decisions", Map.of("action", "APPROVE"))
                .expectStatus().isNotFound();
        api.get(people.otherCollegeStaff(), "/trips/" + tripId + "/trail/verification").expectStatus().isNotFound();
        assertThat(taskIds(people.otherCollegeStaff())).doesNotContain(tripId);
        api.approve(people.internationalOffice(), tripId);
        api.approve(people.collegeLeader(), tripId);
        assertThat(taskIds(people.otherProvinceOfficer())).doesNotContain(tripId);
        api.post(people.otherProvinceOfficer(), "/trips/" + tripId + "/decisions", Map.of("action", "APPROVE"))
                .expectStatus().isNotFound();
        api.post(people.requester(), "/trips/" + tripId + "/decisions", Map.of("action", "APPROVE"))
                .expectStatus().isForbidden();
        api.get(people.education(), "/trips/" + tripId).expectStatus().isOk();
        api.get(people.foreignAffairs(), "/trips?size=100").expectStatus().isOk();
        assertThat(api.items(people.otherCollegeStaff(), "/trips?size=100")).isEmpty();
    }

    @Test
    void badInputIsAProblemDetailsAnswerAndNothingIsStored() {
        Map<String, Object> body = new java.util.HashMap<>(trip(60));
        body.remove("purpose");
        body.put("destinations", List.of("Laos"));
        api.post(people.requester(), "/trips", body).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://coop-platform.example/problems/validation-failed")
                .jsonPath("$.errors[?(@.field == 'purpose')]").exists()
                .jsonPath("$.errors[?(@.field == 'destinations[0]')]").exists();
        api.client().post().uri(TripApi.BASE + "/trips").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> h.setBearerAuth(people.requester())).bodyValue("{\"travellers\": [")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        Map<String, Object> six = TripApi.tripBody(today(), 60, 5,
                sixColleagues());
        api.post(people.requester(), "/trips", six).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].rule").isEqualTo("delegation-size")
                .jsonPath("$.violations[0].values.travellers").isEqualTo(6);
        api.get(people.requester(), "/trips?size=1000").expectStatus().isBadRequest();
        assertThat(storedTripsOf(people.collegeId())).isZero();
    }

    @Test
    void theCheckEndpointListsEveryBrokenRuleWithItsValues() {
        Map<String, Object> body = TripApi.tripBody(today(), 44, 6,
                sixColleagues());
        api.post(people.requester(), "/trips/check", body).expectStatus().isOk().expectBody()
                .jsonPath("$.passes").isEqualTo(false)
                .jsonPath("$.violations.length()").isEqualTo(3)
                .jsonPath("$.violations[?(@.rule == 'lead-time')].message")
                .isEqualTo("lead time 44 days < 45 required for 1 country")
                .jsonPath("$.violations[?(@.rule == 'trip-length')].values.days").isEqualTo(6);
        api.post(people.requester(), "/trips/check", trip(45)).expectStatus().isOk().expectBody()
                .jsonPath("$.passes").isEqualTo(true).jsonPath("$.steps.length()").isEqualTo(4);
        Map<String, Object> outOfPlan = new java.util.HashMap<>(trip(45));
        outOfPlan.put("inPlan", false);
        api.post(people.requester(), "/trips/check", outOfPlan).expectStatus().isOk().expectBody()
                .jsonPath("$.steps.length()").isEqualTo(5)
                .jsonPath("$.steps[2]").isEqualTo("provincial-plan-review");
    }

    @Test
    void aTamperedTrailEntryIsNamedByTheVerification() {
        String tripId = (String) api.submit(people.requester(), trip(60)).get("id");
        api.approve(people.internationalOffice(), tripId);
        api.approve(people.collegeLeader(), tripId);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(tripId)),
                new Update().set("trip.trail.1.detail", "as college-international-office: approved without reading"),
                "trips").block();
        api.get(people.education(), "/trips/" + tripId + "/trail/verification").expectStatus().isOk().expectBody()
                .jsonPath("$.intact").isEqualTo(false)
                .jsonPath("$.firstBrokenSeq").isEqualTo(2)
                .jsonPath("$.reason").value(reason -> assertThat((String) reason).contains("hash mismatch"));
    }

    @Test
    void officersExportATrailAsJsonAndCsvAndCollegeStaffCannot() {
        String tripId = (String) api.submit(people.requester(), trip(60)).get("id");
        api.approve(people.internationalOffice(), tripId);
        String csv = api.get(people.education(), "/trips/" + tripId + "/trail/export?format=csv").expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).startsWith("seq,at,action,");
        api.get(people.education(), "/trips/" + tripId + "/trail/export").expectStatus().isOk().expectBody()
                .jsonPath("$.entries.length()").isEqualTo(2).jsonPath("$.entries[1].action").isEqualTo("APPROVED");
        api.get(people.requester(), "/trips/" + tripId + "/trail/export").expectStatus().isForbidden();
        api.get(people.otherProvinceOfficer(), "/trips/" + tripId + "/trail/export").expectStatus().isNotFound();
    }

    @Test
    void anOverdueStepIsEscalatedToTheNextLevelWhichMayThenDecide(PlatformInfrastructure infra) {
        String tripId = (String) api.submit(people.requester(), trip(46)).get("id");
        assertThat(taskIds(people.collegeLeader())).doesNotContain(tripId);
        // step 1 of 4 is due 31 days before departure, i.e. 15 days from now
        ((MutableClock) clock).advance(Duration.ofDays(16));
        List<ConsumerRecord<String, byte[]>> escalated = tripEvents(infra, tripId, "TripEscalated", 1);
        assertThat(escalated).hasSize(1);
        assertThat(EventSchemas.violations("org.coop.approval.TripEscalated.v1", escalated.get(0).value())).isEmpty();
        await().atMost(Duration.ofSeconds(60)).until(() -> taskIds(people.collegeLeader()).contains(tripId));
        Map<String, Object> task = api.items(people.collegeLeader(), "/tasks?size=100").stream()
                .filter(t -> tripId.equals(t.get("tripId"))).findFirst().orElseThrow();
        assertThat(task.get("overdue")).isEqualTo(true);
        assertThat(task.get("escalated")).isEqualTo(true);
        assertThat(task.get("reminderSentAt")).isNotNull();
        Map<String, Object> decided = api.approve(people.collegeLeader(), tripId);
        assertThat(decided.get("currentStep")).isEqualTo(1);
        List<Map<String, Object>> trail = api.getMap(people.education(), "/trips/" + tripId + "/trail/export")
                .entrySet().stream().filter(e -> e.getKey().equals("entries"))
                .map(e -> (List<Map<String, Object>>) e.getValue()).findFirst().orElseThrow();
        assertThat(trail).extracting(entry -> entry.get("action"))
                .containsExactly("SUBMITTED", "REMINDED", "ESCALATED", "APPROVED");
    }

    @Test
    void anApprovedTripsReportIsDueAfterReturnAndOverdueReportsAreListedForOfficers(PlatformInfrastructure infra) {
        String tripId = (String) api.submit(people.requester(), trip(45)).get("id");
        for (String approver : List.of(people.internationalOffice(), people.collegeLeader(), people.education(),
                people.foreignAffairs())) {
            api.approve(approver, tripId);
        }
        api.post(people.requester(), "/trips/" + tripId + "/report",
                Map.of("text", "t", "publicSummary", "s")).expectStatus().isEqualTo(409);
        // return is 49 days from now, the report due 20 days later
        ((MutableClock) clock).advance(Duration.ofDays(71));
        await().atMost(Duration.ofSeconds(60)).until(() -> api.items(people.education(), "/reports/overdue?size=100")
                .stream().anyMatch(t -> tripId.equals(t.get("id")) && Boolean.TRUE.equals(t.get("reportOverdue"))));
        api.get(people.requester(), "/reports/overdue").expectStatus().isForbidden();
        api.get(people.otherProvinceOfficer(), "/reports/overdue?size=100").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '" + tripId + "')]").doesNotExist();
        api.post(people.requester(), "/trips/" + tripId + "/report", Map.of("text", "Visited the partner's workshops.",
                        "publicSummary", "Internship agreement signed; 12 students placed from March"))
                .expectStatus().isOk().expectBody().jsonPath("$.report.late").isEqualTo(true);
        assertThat(tripEvents(infra, tripId, "TripReportFiled", 1)).hasSize(1);
        api.get(null, "/public/trips/" + tripId).expectStatus().isOk().expectBody()
                .jsonPath("$.reportSummary").isEqualTo("Internship agreement signed; 12 students placed from March");
        api.get(people.education(), "/statistics").expectStatus().isOk().expectBody()
                .jsonPath("$.province").isEqualTo("YN")
                .jsonPath("$.byCollege['" + people.collegeId() + "'].approved").isEqualTo(1)
                .jsonPath("$.byCollege['" + people.collegeId() + "'].shareDecidedWithinSla").isEqualTo(1.0)
                .jsonPath("$.byCollege['" + people.collegeId() + "'].medianLeadTimeDaysByTrack.STANDARD").isEqualTo(45.0)
                .jsonPath("$.byDestination.LA.trips").exists();
    }

    @Test
    void aTripUnderReviewHasNoPublicSummary() {
        String tripId = (String) api.submit(people.requester(), trip(60)).get("id");
        api.get(null, "/public/trips/" + tripId).expectStatus().isNotFound();
        api.get(null, "/public/trips/no-such-trip").expectStatus().isNotFound();
    }

    @Test
    void storedTripsKeepTheirOutboxEmptyOnceRelayed() {
        String tripId = (String) api.submit(people.requester(), trip(60)).get("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Document stored = mongo.findById(tripId, Document.class, "trips").block();
            return stored != null && stored.getList("_outbox", Document.class, List.of()).isEmpty();
        });
    }
}
