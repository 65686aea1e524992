package org.coop.platform.events.forum;

import java.time.Instant;
import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * A waitlisted registration got its seats after others were released. A
 * {@link RegistrationConfirmed} follows in the same write, for consumers that only care about
 * confirmed registrations.
 */
@EventType(name = "org.coop.forum.RegistrationPromoted", topic = Topics.FORUM_REGISTRATIONS)
public record RegistrationPromoted(
        String registrationId,
        String forumId,
        String organizationId,
        List<String> attendeeUserIds,
        int seats,
        Instant promotedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return forumId;
    }
}
