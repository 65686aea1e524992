package org.coop.forum.registration.domain;

/**
 * PENDING (stored, seats being claimed) → CONFIRMED (seats held) or WAITLISTED (in arrival
 * order); WAITLISTED → CONFIRMED by promotion; CONFIRMED or WAITLISTED → CANCELLED.
 */
public enum RegistrationStatus {
    PENDING,
    CONFIRMED,
    WAITLISTED,
    CANCELLED
}
