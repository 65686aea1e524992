package org.coop.proposal.agreement.domain;

/**
 * DRAFT → SUBMITTED → SIGNING (first signature) → CONCLUDED (last signature); WITHDRAWN from DRAFT
 * or SUBMITTED. A revision of a SUBMITTED or SIGNING proposal returns it to DRAFT.
 */
public enum ProposalStatus {
    DRAFT,
    SUBMITTED,
    SIGNING,
    CONCLUDED,
    WITHDRAWN
}
