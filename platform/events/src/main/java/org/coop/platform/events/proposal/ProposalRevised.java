package org.coop.platform.events.proposal;

import java.time.Instant;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * A party revised the proposal's text (or parties): {@code version} is the new version.
 *
 * @param returnedToDraft true when the proposal had been submitted: it is a draft again and every
 *                        signature given so far was cleared
 */
@EventType(name = "org.coop.proposal.ProposalRevised", topic = Topics.PROPOSAL_PROPOSALS)
public record ProposalRevised(
        String proposalId,
        int version,
        String title,
        String revisedByOrganizationId,
        String revisedByUserId,
        boolean returnedToDraft,
        Instant revisedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return proposalId;
    }
}
