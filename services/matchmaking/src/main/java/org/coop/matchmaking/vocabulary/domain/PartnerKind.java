package org.coop.matchmaking.vocabulary.domain;

/** Who sits across from a college: a company, or an institution (college, polytechnic, association). */
public enum PartnerKind {
    ENTERPRISE, INSTITUTION
}
