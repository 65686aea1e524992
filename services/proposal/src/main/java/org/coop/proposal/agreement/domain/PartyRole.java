package org.coop.proposal.agreement.domain;

/** What a party is in the agreement; INTERMEDIARY and GOVERNMENT are the third party of three-party modes. */
public enum PartyRole {
    COLLEGE,
    COMPANY,
    INSTITUTION,
    INTERMEDIARY,
    GOVERNMENT;

    public boolean isThirdParty() {
        return this == INTERMEDIARY || this == GOVERNMENT;
    }
}
