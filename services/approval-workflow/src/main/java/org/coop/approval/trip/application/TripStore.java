package org.coop.approval.trip.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coop.approval.trip.domain.Trip;
import org.coop.platform.events.DomainEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The trips and their pending events, written together (outbox), plus the queries the use cases need. */
public interface TripStore {

    /** Which trips a list shows: a college's, or a province's (for officers); status optional. */
    record TripFilter(String collegeOrganizationId, String province, String status) {
    }

    Mono<StoredTrip> find(String id);

    Mono<StoredTrip> insert(Trip trip, List<? extends DomainEvent> events);

    /** Fails with OptimisticLockingFailureException when the trip changed since it was read. */
    Mono<StoredTrip> update(StoredTrip stored, List<? extends DomainEvent> events);

    Flux<Trip> list(TripFilter filter, int page, int size);

    /** Trips in review whose current step is open to one of {@code keys}, not involving {@code userId}, by due time. */
    Flux<Trip> waitingFor(Set<String> keys, String userId, int page, int size);

    /** Approved trips of a province whose required report is missing after its due date. */
    Flux<Trip> overdueReports(String province, LocalDate today, int page, int size);

    Flux<Trip> ofProvince(String province);

    /** Leases one trip whose next timer is due and whose timer lease is free or lapsed. */
    Mono<StoredTrip> claimDueTimer(Instant now, String owner, Duration lease);

    Mono<Void> releaseTimer(String tripId, String owner);
}
