package org.coop.approval.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coop.approval.trip.adapter.mongo.MongoPlanLedger;
import org.coop.approval.trip.application.PlanLedger;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The annual plan's quota (12 in-plan trips per college and year in the shipped policy) holds
 * under concurrent submissions, frees a place when a trip is rejected, and recovers a place a
 * failed submission left reserved without a trip.
 */
@ApprovalIntegrationTest
class AnnualPlanIntegrationTest extends ApprovalTestBase {

    static final int QUOTA = 12;

    @Autowired
    Clock clock;
    @Autowired
    PlanLedger plan;
    @Autowired
    MongoPlanLedger mongoPlan;
    @Autowired
    ReactiveMongoTemplate mongo;

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    }

    Map<String, Object> trip(int i) {
        people.member("plan-traveller-" + i);
        return TripApi.tripBody(today(), 60, 5, List.of("plan-traveller-" + i));
    }

    int year() {
        return today().plusDays(60).getYear();
    }

    @Test
    void concurrentSubmissionsNeverOverrunTheQuota() throws Exception {
        ExecutorService submitters = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < QUOTA + 6; i++) {
                int n = i;
                statuses.add(submitters.submit(() -> api.post(people.requester(), "/trips", trip(n))
                        .returnResult(String.class).getStatus().value()));
            }
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get());
            }
            assertThat(answered.stream().filter(s -> s == 201)).hasSize(QUOTA);
            assertThat(answered.stream().filter(s -> s == 422)).hasSize(6);
        } finally {
            submitters.shutdownNow();
        }
        assertThat(plan.used(people.collegeId(), year()).block()).isEqualTo(QUOTA);
        assertThat(api.items(people.requester(), "/trips?size=50")).hasSize(QUOTA);

        api.post(people.requester(), "/trips", trip(99)).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].rule").isEqualTo("annual-quota")
                .jsonPath("$.violations[0].message").isEqualTo("annual plan quota used: 12 of 12 in-plan trips in "
                        + year());
        api.post(people.requester(), "/trips/check", trip(99)).expectStatus().isOk().expectBody()
                .jsonPath("$.violations[0].rule").isEqualTo("annual-quota");
    }

    @Test
    void aRejectedTripGivesItsPlaceBack() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < QUOTA; i++) {
            ids.add((String) api.submit(people.requester(), trip(i)).get("id"));
        }
        api.post(people.requester(), "/trips", trip(12)).expectStatus().isEqualTo(422);

        api.decide(people.internationalOffice(), ids.get(3), Map.of("action", "REJECT", "reason", "no budget left"));

        assertThat(plan.used(people.collegeId(), year()).block()).isEqualTo(QUOTA - 1);
        api.submit(people.requester(), trip(13));
        api.post(people.requester(), "/trips", trip(14)).expectStatus().isEqualTo(422);
    }

    @Test
    void aPlaceLeftByAFailedSubmissionIsRecoveredOnceItIsStale() {
        for (int i = 0; i < QUOTA - 1; i++) {
            api.submit(people.requester(), trip(i));
        }
        // A submission that reserved its place and then failed before storing its trip.
        assertThat(plan.reserve(people.collegeId(), year(), "trip-never-stored", QUOTA, clock.instant()).block())
                .isTrue();
        api.post(people.requester(), "/trips", trip(20)).expectStatus().isEqualTo(422);

        ((MutableClock) clock).advance(Duration.ofMinutes(3));
        api.submit(people.requester(), trip(21));
        assertThat(plan.reservations(people.collegeId(), year()).block())
                .extracting(PlanLedger.Reservation::tripId).doesNotContain("trip-never-stored").hasSize(QUOTA);
    }

    @Test
    void placesOfTripsStoredBeforeTheLedgerAreRecordedAtStart() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add((String) api.submit(people.requester(), trip(i)).get("id"));
        }
        api.decide(people.internationalOffice(), ids.get(0), Map.of("action", "REJECT", "reason", "no budget left"));
        mongo.remove(Query.query(Criteria.where("_id").is(people.collegeId() + ":" + year())), "plan_usage").block();
        assertThat(plan.used(people.collegeId(), year()).block()).isZero();

        mongoPlan.recordExistingTrips().block();
        mongoPlan.recordExistingTrips().block();

        assertThat(plan.reservations(people.collegeId(), year()).block())
                .extracting(PlanLedger.Reservation::tripId).containsExactlyInAnyOrder(ids.get(1), ids.get(2));
    }
}
