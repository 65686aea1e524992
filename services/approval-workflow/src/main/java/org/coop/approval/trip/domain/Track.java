package org.coop.approval.trip.domain;

/** Standard: every rule. Fast track: evidence from the platform allows a shorter lead time. */
public enum Track {
    STANDARD,
    FAST_TRACK
}
