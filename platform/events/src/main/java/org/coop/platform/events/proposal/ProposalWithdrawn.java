package org.coop.platform.events.proposal;

import java.time.Instant;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/** A party withdrew the proposal while it was a draft or submitted (before anyone signed). */
@EventType(name = "org.coop.proposal.ProposalWithdrawn", topic = Topics.PROPOSAL_PROPOSALS)
public record ProposalWithdrawn(
        String proposalId,
        String matchId,
        String withdrawnByOrganizationId,
        String withdrawnByUserId,
        String reason,
        Instant withdrawnAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return proposalId;
    }
}
