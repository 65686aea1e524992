package org.coop.matchmaking.offers;

/** Where an offer is in its life; EXPIRED is read from the expiry date, not stored. */
public enum OfferStatus {
    DRAFT, OPEN, WITHDRAWN, EXPIRED
}
