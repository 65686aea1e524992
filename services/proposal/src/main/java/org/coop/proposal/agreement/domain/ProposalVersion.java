package org.coop.proposal.agreement.domain;

import java.time.Instant;
import java.util.List;

/**
 * One version of the agreement as it was written: its text, its parties, and who wrote it. Version
 * 1 is the draft; every revision adds the next one and keeps the earlier ones unchanged.
 */
public record ProposalVersion(int number, Content content, List<Party> parties, String authorOrganizationId,
                              String authorUserId, String authorName, Instant at) {

    public ProposalVersion {
        parties = List.copyOf(parties);
    }
}
