package org.coop.platform.events.forum;

import java.time.Instant;
import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/** The organizer's staff checked a confirmed registration in at the venue (once per registration). */
@EventType(name = "org.coop.forum.AttendeeCheckedIn", topic = Topics.FORUM_REGISTRATIONS)
public record AttendeeCheckedIn(
        String registrationId,
        String forumId,
        String organizationId,
        List<String> attendeeUserIds,
        String checkedInByUserId,
        Instant checkedInAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return forumId;
    }
}
