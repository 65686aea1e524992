package org.coop.platform.events.approval;

import java.time.Instant;
import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * A step passed its due time undecided: the next level (named in the policy) may now decide it too.
 *
 * @param escalatedTo descriptions of the approvers added, e.g. "COLLEGE/COLLEGE_LEADER@college"
 */
@EventType(name = "org.coop.approval.TripEscalated", topic = Topics.APPROVAL_TRIPS)
public record TripEscalated(
        String tripId,
        int stepIndex,
        String stepName,
        Instant dueAt,
        List<String> escalatedTo,
        Instant escalatedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tripId;
    }
}
