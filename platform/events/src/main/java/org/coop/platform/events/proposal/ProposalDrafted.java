package org.coop.platform.events.proposal;

import java.time.Instant;
import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * A party drafted a proposal (version 1). {@code matchId}/{@code needId} are set when it was drafted
 * from an accepted match.
 *
 * @param title the Chinese title (every proposal has one; other languages stay in the proposal service)
 * @param languages the language codes the proposal's text is written in, e.g. {@code [zh, vi]}
 */
@EventType(name = "org.coop.proposal.ProposalDrafted", topic = Topics.PROPOSAL_PROPOSALS)
public record ProposalDrafted(
        String proposalId,
        String matchId,
        String needId,
        String title,
        String cooperationModel,
        List<ProposalParty> parties,
        List<String> languages,
        String draftedByOrganizationId,
        String draftedByUserId,
        Instant draftedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return proposalId;
    }
}
