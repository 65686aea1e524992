package org.coop.platform.events.matchmaking;

import java.time.Instant;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/** An agreement concluded from the need (a ProposalConcluded naming it): the need is fulfilled. */
@EventType(name = "org.coop.matchmaking.NeedFulfilled", topic = Topics.MATCHMAKING_NEEDS)
public record NeedFulfilled(String needId, String collegeOrganizationId, String proposalId, String matchId,
                            Instant fulfilledAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return needId;
    }
}
