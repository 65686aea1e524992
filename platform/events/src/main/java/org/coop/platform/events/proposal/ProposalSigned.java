package org.coop.platform.events.proposal;

import java.time.Instant;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * One party signed the submitted version, in its turn. The last signature is followed by
 * {@link ProposalConcluded} in the same write.
 *
 * @param signingPosition the party's place in the signing order, from 1
 * @param remaining how many parties still have to sign after this one
 */
@EventType(name = "org.coop.proposal.ProposalSigned", topic = Topics.PROPOSAL_PROPOSALS)
public record ProposalSigned(
        String proposalId,
        String organizationId,
        String role,
        String signedByUserId,
        int signingPosition,
        int remaining,
        int version,
        Instant signedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return proposalId;
    }
}
