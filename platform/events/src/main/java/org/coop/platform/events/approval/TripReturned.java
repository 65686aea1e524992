package org.coop.platform.events.approval;

import java.time.Instant;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * An approver sent the trip back to an earlier step (or to the requester, {@code toStepIndex} -1)
 * with comments; the requester resubmits.
 */
@EventType(name = "org.coop.approval.TripReturned", topic = Topics.APPROVAL_TRIPS)
public record TripReturned(
        String tripId,
        int fromStepIndex,
        int toStepIndex,
        String approverUserId,
        String approverName,
        String onBehalfOfUserId,
        String comment,
        Instant returnedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tripId;
    }
}
