package org.coop.platform.events.proposal;

import java.time.Instant;
import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/** A proposal was submitted to its parties for signature. {@code matchId}/{@code needId} are set when it came from a match. */
@EventType(name = "org.coop.proposal.ProposalSubmitted", topic = Topics.PROPOSAL_PROPOSALS)
public record ProposalSubmitted(
        String proposalId,
        String matchId,
        String needId,
        String title,
        String cooperationModel,
        List<ProposalParty> parties,
        int version,
        Instant submittedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return proposalId;
    }
}
