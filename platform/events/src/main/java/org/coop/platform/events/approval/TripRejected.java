package org.coop.platform.events.approval;

import java.time.Instant;
import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/** An approver rejected the trip, with a reason; forum-event may release the delegates' seats. */
@EventType(name = "org.coop.approval.TripRejected", topic = Topics.APPROVAL_TRIPS)
public record TripRejected(
        String tripId,
        String collegeOrganizationId,
        int stepIndex,
        String stepName,
        String approverUserId,
        String approverName,
        String onBehalfOfUserId,
        String reason,
        List<String> travellerUserIds,
        List<EvidenceRef> evidence,
        Instant rejectedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tripId;
    }
}
