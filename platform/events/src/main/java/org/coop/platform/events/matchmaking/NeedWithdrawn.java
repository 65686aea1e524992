package org.coop.platform.events.matchmaking;

import java.time.Instant;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/** The college withdrew its need; it is no longer matched. */
@EventType(name = "org.coop.matchmaking.NeedWithdrawn", topic = Topics.MATCHMAKING_NEEDS)
public record NeedWithdrawn(String needId, String collegeOrganizationId, String reason, Instant withdrawnAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return needId;
    }
}
