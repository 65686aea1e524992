package org.coop.platform.events.forum;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/** A scheduled meeting was called off by one of its organizations; the slot is free again for all of them. */
@EventType(name = "org.coop.forum.MeetingCancelled", topic = Topics.FORUM_MEETINGS)
public record MeetingCancelled(
        String meetingId,
        String forumId,
        LocalDateTime slotStartsAt,
        List<String> organizationIds,
        String cancelledByOrganizationId,
        String reason,
        Instant cancelledAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return forumId;
    }
}
