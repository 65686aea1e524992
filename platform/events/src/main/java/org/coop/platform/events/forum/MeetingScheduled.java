package org.coop.platform.events.forum;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * Every invited organization accepted: the meeting holds its slot for all of them.
 *
 * @param slotStartsAt venue-local start of the slot
 * @param organizationIds the requester first, then the invitees (2 to 4 organizations)
 * @param matchId the accepted match the meeting was suggested from, if any
 */
@EventType(name = "org.coop.forum.MeetingScheduled", topic = Topics.FORUM_MEETINGS)
public record MeetingScheduled(
        String meetingId,
        String forumId,
        LocalDateTime slotStartsAt,
        LocalDateTime slotEndsAt,
        List<String> organizationIds,
        String requestedByOrganizationId,
        String matchId,
        Instant scheduledAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return forumId;
    }
}
