package org.coop.forum.registration.application;

import java.time.Instant;
import java.util.List;
import org.coop.forum.forum.domain.ForumDetails;
import org.coop.forum.registration.domain.Registration;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.forum.AttendeeCheckedIn;
import org.coop.platform.events.forum.RegistrationCancelled;
import org.coop.platform.events.forum.RegistrationConfirmed;
import org.coop.platform.events.forum.RegistrationPromoted;
import org.coop.platform.events.forum.RegistrationWaitlisted;

/** A registration's changes as the platform's event records. */
final class RegistrationEvents {

    private RegistrationEvents() {
    }

    /**
     * The shared contract approval-workflow reads as fast-track evidence: the forum's title in one
     * line, its venue and dates, and who holds the seats.
     */
    static RegistrationConfirmed confirmed(Registration r, String forumId, ForumDetails forum) {
        return new RegistrationConfirmed(r.getId(), forumId, forum.displayTitle(), r.getOrganizationId(),
                r.attendeeUserIds(), forum.country(), forum.city(), forum.startsOn(), forum.endsOn(),
                r.getConfirmedAt());
    }

    static DomainEvent seated(Registration r, ForumDetails forum, Instant now) {
        return r.getConfirmedAt() != null ? confirmed(r, r.getForumId(), forum)
                : new RegistrationWaitlisted(r.getId(), r.getForumId(), r.getOrganizationId(), r.attendeeUserIds(),
                        r.seats(), r.getArrival(), now);
    }

    /** A promotion says so and confirms, so consumers of confirmations need not know about waiting lists. */
    static List<DomainEvent> promoted(Registration r, ForumDetails forum) {
        return List.of(new RegistrationPromoted(r.getId(), r.getForumId(), r.getOrganizationId(), r.attendeeUserIds(),
                r.seats(), r.getConfirmedAt()), confirmed(r, r.getForumId(), forum));
    }

    static RegistrationCancelled cancelled(Registration r, int seatsReleased) {
        return new RegistrationCancelled(r.getId(), r.getForumId(), r.getOrganizationId(), r.attendeeUserIds(),
                r.getStatusBeforeCancel().name(), seatsReleased, r.getCancelReason().name(), r.getCancelledAt());
    }

    static AttendeeCheckedIn checkedIn(Registration r) {
        return new AttendeeCheckedIn(r.getId(), r.getForumId(), r.getOrganizationId(), r.attendeeUserIds(),
                r.getCheckedInByUserId(), r.getCheckedInAt());
    }
}
