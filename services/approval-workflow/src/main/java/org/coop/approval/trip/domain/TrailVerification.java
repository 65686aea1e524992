package org.coop.approval.trip.domain;

import java.util.List;

/**
 * The result of re-computing a trail's hash chain.
 *
 * @param firstBrokenSeq the first entry whose link or hash does not hold (null when intact)
 */
public record TrailVerification(boolean intact, int entries, Integer firstBrokenSeq, String reason, String lastHash) {

    public static TrailVerification of(List<TrailEntry> trail) {
        String previous = TrailEntry.GENESIS;
        for (int i = 0; i < trail.size(); i++) {
            TrailEntry entry = trail.get(i);
            if (entry.seq() != i + 1) {
                return new TrailVerification(false, trail.size(), entry.seq(),
                        "entry " + (i + 1) + " carries sequence number " + entry.seq(), null);
            }
            if (!previous.equals(entry.previousHash())) {
                return new TrailVerification(false, trail.size(), entry.seq(),
                        "entry " + entry.seq() + " does not link to the hash of the entry before it", null);
            }
            if (!entry.computeHash().equals(entry.hash())) {
                return new TrailVerification(false, trail.size(), entry.seq(),
                        "entry " + entry.seq() + " was changed after it was written (hash mismatch)", null);
            }
            previous = entry.hash();
        }
        return new TrailVerification(true, trail.size(), null, null, previous);
    }
}
