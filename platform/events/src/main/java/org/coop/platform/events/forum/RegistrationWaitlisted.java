package org.coop.platform.events.forum;

import java.time.Instant;
import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * No seats were left for a registration: it waits, in arrival order, for a seat to free up.
 *
 * @param seats seats the registration needs (1, or the delegation's lead and members)
 * @param arrival the registration's place in the forum's arrival order (1 = first registration)
 */
@EventType(name = "org.coop.forum.RegistrationWaitlisted", topic = Topics.FORUM_REGISTRATIONS)
public record RegistrationWaitlisted(
        String registrationId,
        String forumId,
        String organizationId,
        List<String> attendeeUserIds,
        int seats,
        long arrival,
        Instant waitlistedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return forumId;
    }
}
