package org.coop.platform.events.approval;

import java.time.Instant;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * An approver approved their part of a step. {@code stepComplete} says whether the step is now
 * done (any-of: the first approval; all-of: the last one needed).
 *
 * @param onBehalfOfUserId set when the approver acted as a delegate
 */
@EventType(name = "org.coop.approval.TripStepDecided", topic = Topics.APPROVAL_TRIPS)
public record TripStepDecided(
        String tripId,
        int stepIndex,
        String stepName,
        String approverUserId,
        String approverName,
        String onBehalfOfUserId,
        String onBehalfOfName,
        String comment,
        boolean stepComplete,
        boolean withinSla,
        Instant decidedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tripId;
    }
}
