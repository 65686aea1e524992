package org.coop.platform.events.forum;

import java.time.Instant;
import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * A registration ended before the forum.
 *
 * @param previousStatus CONFIRMED or WAITLISTED
 * @param seatsReleased seats returned to the forum (0 for a waitlisted registration)
 * @param reason BY_REGISTRANT or TRIP_REJECTED (the delegates' overseas trip was not approved)
 */
@EventType(name = "org.coop.forum.RegistrationCancelled", topic = Topics.FORUM_REGISTRATIONS)
public record RegistrationCancelled(
        String registrationId,
        String forumId,
        String organizationId,
        List<String> attendeeUserIds,
        String previousStatus,
        int seatsReleased,
        String reason,
        Instant cancelledAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return forumId;
    }
}
