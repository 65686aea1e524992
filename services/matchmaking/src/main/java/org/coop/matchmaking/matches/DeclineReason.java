package org.coop.matchmaking.matches;

/** The fixed list of reasons to decline a match; free text may add detail. */
public enum DeclineReason {
    NOT_RELEVANT, CAPACITY_MISMATCH, TIMING, LANGUAGE, FUNDING, ALREADY_PARTNERED, OTHER
}
