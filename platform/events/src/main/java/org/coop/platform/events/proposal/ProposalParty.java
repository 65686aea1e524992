package org.coop.platform.events.proposal;

/**
 * One party of a proposal.
 *
 * @param role COLLEGE, COMPANY, INSTITUTION, INTERMEDIARY or GOVERNMENT
 * @param country ISO 3166-1 alpha-2
 */
public record ProposalParty(String organizationId, String role, String country) {
}
