package org.coop.forum.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coop.platform.events.Topics;
import org.coop.platform.events.approval.EvidenceRef;
import org.coop.platform.events.approval.TripApproved;
import org.coop.platform.events.approval.TripRejected;
import org.coop.platform.test.PlatformInfrastructure;
import org.junit.jupiter.api.Test;

/** Trip outcomes from approval-workflow: travel cleared, or the seats released to the waiting list, once per event. */
@ForumIntegrationTest
class TripOutcomeIntegrationTest extends ForumTestBase {

    private String statusOf(String token, String forumId) {
        return (String) ForumApi.body(api.get(token, "/" + forumId + "/registrations/mine").expectStatus().isOk())
                .get("status");
    }

    @Test
    void aRejectedTripDeliveredTwiceReleasesTheDelegationsSeatsOnceAndPromotesTheWaitingList(
            PlatformInfrastructure infra) {
        String forumId = api.publishedForum(people.organizer("forum"), 2);
        String college = people.college("a");
        Map<String, Object> delegation = api.register(college, forumId,
                ForumApi.delegation(people.user("a"), people.user("a2")));
        String waiting = people.college("b");
        String waitingId = (String) api.register(waiting, forumId, ForumApi.single(people.user("b"))).get("id");
        assertThat(statusOf(waiting, forumId)).isEqualTo("WAITLISTED");

        String registrationId = (String) delegation.get("id");
        TripRejected rejected = new TripRejected("trip-" + UUID.randomUUID(), people.org("a"), 2,
                "provincial-education", "user-xu-lan", "Xu Lan", null, "not in the annual plan",
                List.of(people.user("a2")), List.of(new EvidenceRef("FORUM_REGISTRATION", registrationId)),
                Instant.now());
        publish(infra, rejected, UUID.randomUUID().toString(), 2);

        // a later event of the same trip (same key, so same partition) shows both copies were handled before it
        LocalDate departure = ForumApi.STARTS.minusDays(1);
        publish(infra, new TripApproved(rejected.tripId(), people.org("b"), "YN", "FAST_TRACK",
                List.of(people.user("b")), List.of("LA"), departure, departure.plusDays(4), departure.plusDays(24),
                List.of(new EvidenceRef("FORUM_REGISTRATION", waitingId)), "2026.2", Instant.now()),
                UUID.randomUUID().toString(), 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                api.get(waiting, "/" + forumId + "/registrations/" + waitingId).expectStatus().isOk().expectBody()
                        .jsonPath("$.status").isEqualTo("CONFIRMED")
                        .jsonPath("$.travelClearedUserIds[0]").isEqualTo(people.user("b")));
        api.get(college, "/" + forumId + "/registrations/" + registrationId).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CANCELLED").jsonPath("$.cancelReason").isEqualTo("TRIP_REJECTED");
        assertThat(forumEvents(infra, Topics.FORUM_REGISTRATIONS, forumId, "RegistrationCancelled", 1)).hasSize(1);
        assertThat(forumEvents(infra, Topics.FORUM_REGISTRATIONS, forumId, "RegistrationPromoted", 1)).hasSize(1);
    }

    @Test
    void anApprovedTripClearsTheTravelOfItsDelegatesOnlyAndATripOfAnotherCollegeChangesNothing(
            PlatformInfrastructure infra) {
        String forumId = api.publishedForum(people.organizer("forum"), 5);
        String college = people.college("a");
        String registrationId = (String) api.register(college, forumId,
                ForumApi.delegation(people.user("a"), people.user("a2"))).get("id");
        List<EvidenceRef> evidence = List.of(new EvidenceRef("FORUM_REGISTRATION", registrationId));
        LocalDate departure = ForumApi.STARTS.minusDays(1);

        TripRejected someoneElses = new TripRejected("trip-" + UUID.randomUUID(), people.org("other"), 0, "office",
                "user-x", "X", null, "no", List.of(people.user("a")), evidence, Instant.now());
        publish(infra, someoneElses, UUID.randomUUID().toString(), 1);
        TripApproved approved = new TripApproved("trip-" + UUID.randomUUID(), people.org("a"), "YN", "FAST_TRACK",
                List.of(people.user("a"), "user-not-registered"), List.of("LA"), departure, departure.plusDays(4),
                departure.plusDays(24), evidence, "2026.2", Instant.now());
        publish(infra, approved, UUID.randomUUID().toString(), 1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                api.get(college, "/" + forumId + "/registrations/" + registrationId).expectStatus().isOk()
                        .expectBody().jsonPath("$.travelClearedUserIds.length()").isEqualTo(1)
                        .jsonPath("$.travelClearedUserIds[0]").isEqualTo(people.user("a"))
                        .jsonPath("$.status").isEqualTo("CONFIRMED"));
    }
}
