package org.coop.matchmaking.needs;

/**
 * Where a need is in its life. EXPIRED is not stored: an open or matched need whose expiry date
 * has passed reads as expired and is no longer matched.
 */
public enum NeedStatus {
    DRAFT, OPEN, MATCHED, FULFILLED, WITHDRAWN, EXPIRED;

    public boolean isMatchable() {
        return this == OPEN || this == MATCHED;
    }
}
