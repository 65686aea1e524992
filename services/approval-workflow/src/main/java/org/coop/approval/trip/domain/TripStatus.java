package org.coop.approval.trip.domain;

/** Where a trip stands. RETURNED and RECALLED wait for the requester to resubmit. */
public enum TripStatus {
    IN_REVIEW,
    RETURNED,
    RECALLED,
    APPROVED,
    REJECTED
}
