package org.coop.platform.events.proposal;

import java.time.Instant;
import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/** Every party signed: the agreement (MOU) is concluded. Fulfils the need it came from, if any. */
@EventType(name = "org.coop.proposal.ProposalConcluded", topic = Topics.PROPOSAL_PROPOSALS)
public record ProposalConcluded(
        String proposalId,
        String matchId,
        String needId,
        String title,
        String cooperationModel,
        List<ProposalParty> parties,
        Instant concludedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return proposalId;
    }
}
