package org.coop.platform.events.approval;

import java.time.Instant;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/** The requester took the trip back before the current step decided. */
@EventType(name = "org.coop.approval.TripRecalled", topic = Topics.APPROVAL_TRIPS)
public record TripRecalled(
        String tripId,
        String requesterUserId,
        int stepIndex,
        String comment,
        Instant recalledAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tripId;
    }
}
