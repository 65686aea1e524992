package org.coop.platform.events.approval;

import java.time.Instant;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/** The requester answered a return (or a recall) and the route resumes at {@code stepIndex}. */
@EventType(name = "org.coop.approval.TripResubmitted", topic = Topics.APPROVAL_TRIPS)
public record TripResubmitted(
        String tripId,
        String requesterUserId,
        int stepIndex,
        String comment,
        Instant resubmittedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tripId;
    }
}
