package org.coop.forum.meeting.adapter.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.coop.forum.meeting.domain.Meeting;

/** A meeting as the API answers it. */
public record MeetingView(String id, String forumId, String status, String requestedByOrganizationId,
                          List<String> organizationIds, Set<String> acceptedOrganizationIds,
                          LocalDateTime slotStartsAt, LocalDateTime slotEndsAt, String matchId, String note,
                          Instant requestedAt, Instant scheduledAt, Instant closedAt, String closedByOrganizationId,
                          String cancelReason) {

    static MeetingView of(Meeting m) {
        return new MeetingView(m.getId(), m.getForumId(), m.getStatus().name(), m.getRequestedByOrganizationId(),
                m.getOrganizationIds(), m.getAcceptedOrganizationIds(), m.getSlotStartsAt(), m.getSlotEndsAt(),
                m.getMatchId(), m.getNote(), m.getRequestedAt(), m.getScheduledAt(), m.getClosedAt(),
                m.getClosedByOrganizationId(), m.getCancelReason());
    }
}
