package org.coop.platform.events.approval;

/**
 * Evidence a trip request links to, as learned from other services' events.
 *
 * @param kind MATCH_ACCEPTED, PROPOSAL_SUBMITTED, PROPOSAL_CONCLUDED or FORUM_REGISTRATION
 * @param id the match, proposal or registration id
 */
public record EvidenceRef(String kind, String id) {
}
