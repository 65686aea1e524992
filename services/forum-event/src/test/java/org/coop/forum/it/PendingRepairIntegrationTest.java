package org.coop.forum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coop.forum.common.domain.Actor;
import org.coop.forum.forum.adapter.mongo.MongoForumStore;
import org.coop.forum.registration.adapter.mongo.MongoRegistrationStore;
import org.coop.forum.registration.application.RegistrationService;
import org.coop.forum.registration.domain.Attendee;
import org.coop.forum.registration.domain.Registration;
import org.coop.platform.events.Topics;
import org.coop.platform.test.PlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An instance dies between storing a registration and writing its outcome (before or after its
 * seat claim): the repair finishes it, without taking a seat twice, and the event goes out.
 */
@ForumIntegrationTest
class PendingRepairIntegrationTest extends ForumTestBase {

    @Autowired
    MongoRegistrationStore store;
    @Autowired
    MongoForumStore ledger;
    @Autowired
    RegistrationService registrations;

    private Registration pending(String forumId, String name) {
        Actor registrant = new Actor(people.user(name), name, people.org(name), Set.of("COLLEGE"));
        Registration registration = Registration.request(UUID.randomUUID().toString(), forumId, registrant,
                Registration.Kind.SINGLE, new Attendee(people.user(name), name), List.of(), 4,
                Instant.now().minusSeconds(120));
        store.insert(registration).block();
        return registration;
    }

    @Test
    void registrationsLeftPendingBeforeOrAfterTheirSeatClaimAreFinishedOnce(PlatformInfrastructure infra) {
        String forumId = api.publishedForum(people.organizer("forum"), 2);
        Registration claimed = pending(forumId, "a");
        assertThat(ledger.take(forumId, claimed.getId(), 1).block()).isTrue();
        Registration unclaimed = pending(forumId, "b");

        assertThat(registrations.finishPending(Duration.ofMinutes(1), 100).block()).isGreaterThanOrEqualTo(2L);

        for (String name : List.of("a", "b")) {
            api.get(people.college(name), "/" + forumId + "/registrations/mine").expectStatus().isOk().expectBody()
                    .jsonPath("$.status").isEqualTo("CONFIRMED");
        }
        assertThat(ledger.left(forumId).block()).isZero();
        for (Registration registration : List.of(claimed, unclaimed)) {
            assertThat(store.find(registration.getId()).block().registration().getArrival()).isPositive();
        }
        assertThat(forumEvents(infra, Topics.FORUM_REGISTRATIONS, forumId, "RegistrationConfirmed", 2)).hasSize(2);
        assertThat(registrations.finishPending(Duration.ofMinutes(1), 100).block()).isZero();
    }

    /**
     * An instance dies after writing a cancellation but before releasing its seat, or after taking
     * a seat for a promotion but before writing it: the repair releases the seat (and moves the
     * waiting list) or finishes the promotion, once.
     */
    @Test
    void seatsLeftHeldByAHalfCancelledOrAHalfPromotedRegistrationAreRepairedOnce(PlatformInfrastructure infra) {
        String forumId = api.publishedForum(people.organizer("forum"), 1);
        Registration holder = pending(forumId, "c");
        Registration waiting = pending(forumId, "d");
        Registration later = pending(forumId, "e");
        registrations.finishPending(Duration.ofMinutes(1), 100).block();
        assertThat(store.find(holder.getId()).block().registration().getStatus().name()).isEqualTo("CONFIRMED");

        // half cancelled: the cancellation is stored, the seat never released
        var stored = store.find(holder.getId()).block();
        stored.registration().cancel(Registration.CancelReason.BY_REGISTRANT, Instant.now().minusSeconds(120));
        store.update(stored, List.of()).block();
        assertThat(ledger.left(forumId).block()).isZero();

        assertThat(registrations.repairSeats(Duration.ofMinutes(1)).block()).isEqualTo(1L);
        assertThat(store.find(waiting.getId()).block().registration().getStatus().name())
                .as("the freed seat went to the first on the waiting list").isEqualTo("CONFIRMED");
        assertThat(ledger.holders(forumId).block()).containsExactly(waiting.getId());

        // half promoted: a seat is added and taken for the next in line, the promotion never written
        assertThat(ledger.resize(forumId, 1).block()).isTrue();
        assertThat(ledger.take(forumId, later.getId(), 1).block()).isTrue();
        assertThat(store.find(later.getId()).block().registration().getStatus().name()).isEqualTo("WAITLISTED");

        assertThat(registrations.repairSeats(Duration.ofMinutes(1)).block()).isEqualTo(1L);
        assertThat(store.find(later.getId()).block().registration().getStatus().name()).isEqualTo("CONFIRMED");
        assertThat(ledger.left(forumId).block()).isZero();
        assertThat(forumEvents(infra, Topics.FORUM_REGISTRATIONS, forumId, "RegistrationPromoted", 2)).hasSize(2);

        assertThat(registrations.repairSeats(Duration.ofMinutes(1)).block()).as("nothing left to repair").isZero();
        assertThat(ledger.holders(forumId).block()).containsExactlyInAnyOrder(waiting.getId(), later.getId());
    }
}
