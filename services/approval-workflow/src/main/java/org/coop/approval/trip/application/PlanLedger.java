package org.coop.approval.trip.application;

import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The annual plan's quota as one small record per college and year: the in-plan trips counted
 * against it. Reserving a place is a single conditional write, so two submissions racing for the
 * last place cannot both get it, and reading the usage costs one look-up however many trips the
 * store holds.
 *
 * <p>A reservation is written before its trip (the two are separate documents). A reservation
 * whose trip never arrived, or whose trip was rejected without the place being given back, is
 * found and dropped by {@link TripService} when the quota looks full ({@link #reservations}).
 */
public interface PlanLedger {

    /** In-plan trips of the college departing in {@code year} that count against its quota. */
    Mono<Integer> used(String collegeOrganizationId, int year);

    /** Takes a place for {@code tripId} if fewer than {@code quota} are taken (again for the same trip: true). */
    Mono<Boolean> reserve(String collegeOrganizationId, int year, String tripId, int quota, Instant now);

    /** Gives the trip's place back (no-op if it holds none). */
    Mono<Void> release(String collegeOrganizationId, int year, String tripId);

    /** The places taken, with when (null for places recorded before reservations were timed). */
    Mono<List<Reservation>> reservations(String collegeOrganizationId, int year);

    record Reservation(String tripId, Instant reservedAt) {
    }
}
