package org.coop.proposal.agreement.domain;

/**
 * One party of an agreement.
 *
 * @param organizationName optional (organizations are known by id; the name is for people)
 * @param country optional ISO 3166-1 alpha-2 code
 * @param signingPosition the party's turn to sign, from 1
 */
public record Party(String organizationId, String organizationName, PartyRole role, String country,
                    int signingPosition) {
}
