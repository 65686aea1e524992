package org.coop.proposal.agreement.application;

import org.coop.proposal.agreement.domain.Proposal;

/** A proposal as read from the store, with the store version its next write must still find. */
public record StoredProposal(Proposal proposal, Long version) {
}
