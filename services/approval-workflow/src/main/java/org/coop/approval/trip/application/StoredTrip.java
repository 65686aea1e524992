package org.coop.approval.trip.application;

import org.coop.approval.trip.domain.Trip;

/** A trip as read from the store, with the version its next write must still find. */
public record StoredTrip(Trip trip, Long version) {
}
