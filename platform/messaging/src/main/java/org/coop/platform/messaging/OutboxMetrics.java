package org.coop.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Outbox health: {@code outbox.pending} (events not yet acknowledged by Kafka),
 * {@code outbox.oldest.age} (seconds the oldest of them has waited), {@code outbox.published}
 * and {@code outbox.publish.latency} (from the write to the broker's acknowledgement).
 */
public class OutboxMetrics {

    private final Timer latency;
    private final Counter published;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();

    public OutboxMetrics(MeterRegistry registry) {
        latency = Timer.builder("outbox.publish.latency")
                .description("Time from the aggregate write to the broker's acknowledgement")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        published = Counter.builder("outbox.published").description("Events acknowledged by Kafka").register(registry);
        Gauge.builder("outbox.pending", pending, AtomicLong::get)
                .description("Events stored but not yet acknowledged by Kafka").register(registry);
        Gauge.builder("outbox.oldest.age", oldestAgeMillis, value -> value.get() / 1000.0)
                .baseUnit("seconds").description("Age of the oldest pending event").register(registry);
    }

    void published(OutboxEntry entry, Instant acknowledgedAt) {
        published.increment();
        latency.record(Duration.between(entry.envelope().time(), acknowledgedAt));
    }

    public Timer latency() {
        return latency;
    }

    public long pending() {
        return pending.get();
    }

    public Duration oldestAge() {
        return Duration.ofMillis(oldestAgeMillis.get());
    }

    /** Recounts pending events across the outbox collections. */
    public Mono<Void> refresh(ReactiveMongoTemplate mongo, List<String> collections, Clock clock) {
        Instant now = clock.instant();
        return Flux.fromIterable(collections)
                .flatMap(collection -> {
                    Query query = Query.query(Criteria.where(OutboxEntry.PENDING_SINCE).exists(true));
                    query.fields().include(OutboxEntry.FIELD).include(OutboxEntry.PENDING_SINCE);
                    return mongo.find(query, Document.class, collection);
                })
                .reduce(new long[] {0, now.toEpochMilli()}, (totals, document) -> {
                    totals[0] += document.getList(OutboxEntry.FIELD, Document.class, List.of()).size();
                    Date since = document.getDate(OutboxEntry.PENDING_SINCE);
                    if (since != null) {
                        totals[1] = Math.min(totals[1], since.getTime());
                    }
                    return totals;
                })
                .doOnNext(totals -> {
                    pending.set(totals[0]);
                    oldestAgeMillis.set(totals[0] == 0 ? 0 : now.toEpochMilli() - totals[1]);
                })
                .then();
    }
}
