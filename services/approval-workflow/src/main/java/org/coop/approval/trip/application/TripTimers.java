package org.coop.approval.trip.application;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.coop.approval.trip.domain.Outcome;
import org.coop.platform.events.DomainEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Fires the trips' timers (reminders, escalation of overdue steps, overdue reports). The timer of a
 * trip is part of the trip document ({@code nextTimerAt}), written in the same write as the state
 * it derives from; an instance leases a due trip before firing (like the outbox relay's claims),
 * so across several instances one fires it, and a crashed instance's lease lapses. Firing is
 * idempotent on the trip (a reminded or escalated step is not reminded or escalated again) and the
 * write is guarded by the trip's version. Each breach of the approval SLA, a step escalated past
 * its due time or a report overdue, is counted once, when its write succeeds:
 * {@code approval.sla.breaches{kind=step-overdue|report-overdue}}.
 */
public class TripTimers {

    private static final Logger log = LoggerFactory.getLogger(TripTimers.class);

    private final TripStore trips;
    private final Clock clock;
    private final Duration lease;
    private final int batch;
    private final String owner = "timers-" + UUID.randomUUID();
    private final MeterRegistry meters;

    public TripTimers(TripStore trips, Clock clock, Duration lease, int batch, MeterRegistry meters) {
        this.meters = meters;
        this.trips = trips;
        this.clock = clock;
        this.lease = lease;
        this.batch = batch;
    }

    public String owner() {
        return owner;
    }

    /** Claims and fires due timers, up to a batch; the number of trips handled. */
    public Mono<Long> fireDue() {
        return Flux.range(0, batch)
                .concatMap(i -> trips.claimDueTimer(clock.instant(), owner, lease)
                        .map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()))
                .takeWhile(java.util.Optional::isPresent)
                .map(java.util.Optional::get)
                .concatMap(this::fire)
                .count();
    }

    private Mono<Boolean> fire(StoredTrip stored) {
        String id = stored.trip().getId();
        List<Outcome> outcomes = stored.trip().fireTimers(clock.instant());
        List<DomainEvent> events = outcomes.stream()
                .flatMap(outcome -> TripEvents.of(stored.trip(), outcome, clock.instant()).stream()).toList();
        return trips.update(stored, events)
                .doOnNext(saved -> {
                    log.info("trip {}: timers fired {}", id, outcomes);
                    countBreaches(outcomes);
                })
                .thenReturn(true)
                .onErrorResume(error -> {
                    // A decision raced the timer: the lease is released and the next poll looks again.
                    log.debug("trip {}: timer not fired now: {}", id, error.toString());
                    return Mono.just(false);
                })
                .flatMap(fired -> trips.releaseTimer(id, owner).thenReturn(fired));
    }

    private void countBreaches(List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            String kind = outcome instanceof Outcome.Escalated ? "step-overdue"
                    : outcome instanceof Outcome.ReportOverdue ? "report-overdue" : null;
            if (kind != null) {
                meters.counter("approval.sla.breaches", "kind", kind).increment();
            }
        }
    }
}
