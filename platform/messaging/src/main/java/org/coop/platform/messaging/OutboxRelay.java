package org.coop.platform.messaging;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes the events waiting in aggregate documents: claim, send, mark.
 *
 * <ol>
 *   <li>Claim: a document with pending events and no live lease is leased to this relay
 *       atomically (findAndModify), so two relays never send the same events at once and a crashed
 *       relay's claim lapses after {@link OutboxProperties#getLease()}.</li>
 *   <li>Send: its events, in document order, with the idempotent producer ({@code acks=all}),
 *       key = aggregate id, CloudEvents attributes as headers.</li>
 *   <li>Mark: the acknowledged prefix is pulled from the document and the lease released.</li>
 * </ol>
 *
 * A document is published right after the write that added events ({@link #nudge}) and, as a
 * fallback for anything missed (a crash, Kafka away), by a sweep on a timer. Sends are wrapped in
 * a Resilience4j retry and circuit breaker; while the circuit is open the sweep claims nothing.
 * A crash after the send and before the mark publishes the events again: harmless, because
 * consumers deduplicate by {@code ce_id}.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final ReactiveMongoTemplate mongo;
    private final Producer<String, byte[]> producer;
    private final OutboxProperties properties;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final String owner;
    private final Scheduler sendScheduler = Schedulers.newBoundedElastic(4, 10_000, "outbox-send");
    private final Sinks.Many<Target> nudges = Sinks.many().unicast().onBackpressureBuffer();
    private final AtomicBoolean running = new AtomicBoolean();
    private Disposable nudgeLoop;
    private Disposable sweepLoop;
    private Disposable metricsLoop;

    public OutboxRelay(ReactiveMongoTemplate mongo, Producer<String, byte[]> producer, OutboxProperties properties,
                       CircuitBreaker circuitBreaker, Retry retry, OutboxMetrics metrics, Clock clock,
                       String serviceName) {
        this.mongo = mongo;
        this.producer = producer;
        this.properties = properties;
        this.circuitBreaker = circuitBreaker;
        this.retry = retry;
        this.metrics = metrics;
        this.clock = clock;
        this.owner = serviceName + "-" + UUID.randomUUID();
    }

    /** Asks for the document's events to be published now (called after each write that added events). */
    public void nudge(String collection, Object id) {
        if (running.get()) {
            nudges.emitNext(new Target(collection, id), Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1)));
        }
    }

    /** Identity of this relay in leases. */
    public String owner() {
        return owner;
    }

    @Override
    public void start() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        nudgeLoop = nudges.asFlux()
                .flatMap(target -> publishDocument(target.collection(), Criteria.where("_id").is(target.id()))
                        .onErrorResume(e -> Mono.empty()), properties.getConcurrency())
                .subscribe();
        sweepLoop = Flux.interval(properties.getSweepInterval(), properties.getSweepInterval())
                .onBackpressureDrop()
                .concatMap(tick -> sweep().onErrorResume(e -> {
                    log.warn("Outbox sweep failed: {}", e.toString());
                    return Mono.just(0L);
                }), 1)
                .subscribe();
        metricsLoop = Flux.interval(Duration.ZERO, Duration.ofSeconds(5))
                .onBackpressureDrop()
                .concatMap(tick -> metrics.refresh(mongo, properties.getCollections(), clock)
                        .onErrorResume(e -> Mono.empty()), 1)
                .subscribe();
    }

    /**
     * Claims and publishes up to a batch of documents per collection; the number of documents
     * published. Also usable directly (tests, tools).
     */
    public Mono<Long> sweep() {
        // Asking for a permission (and giving it back) is what moves an open circuit to half-open
        // once its wait is over; merely reading the state would keep it open for ever.
        if (!circuitBreaker.tryAcquirePermission()) {
            return Mono.just(0L);
        }
        circuitBreaker.releasePermission();
        return Flux.fromIterable(properties.getCollections())
                .concatMap(collection -> Flux.range(0, properties.getSweepBatch())
                        .concatMap(i -> claim(collection, new Criteria()).map(Optional::of)
                                .defaultIfEmpty(Optional.empty()))
                        .takeWhile(Optional::isPresent)
                        .map(Optional::get)
                        .flatMap(claimed -> publishClaimed(collection, claimed.get("_id")), properties.getConcurrency()))
                .count();
    }

    private Mono<Boolean> publishDocument(String collection, Criteria selector) {
        return claim(collection, selector)
                .doOnNext(claimed -> log.debug("claimed {}/{}", collection, claimed.get("_id")))
                .flatMap(claimed -> publishClaimed(collection, claimed.get("_id")));
    }

    /** Leases one document with pending events whose lease is free or expired. */
    private Mono<Document> claim(String collection, Criteria selector) {
        Instant now = clock.instant();
        Query query = Query.query(new Criteria().andOperator(selector,
                Criteria.where(OutboxEntry.PENDING_SINCE).exists(true),
                new Criteria().orOperator(
                        Criteria.where(OutboxEntry.LEASE).is(null),
                        Criteria.where(OutboxEntry.LEASE + ".until").lt(Date.from(now)))))
                .with(Sort.by(OutboxEntry.PENDING_SINCE));
        query.fields().include("_id");
        Update lease = new Update().set(OutboxEntry.LEASE, new Document("owner", owner)
                .append("until", Date.from(now.plus(properties.getLease()))));
        return mongo.findAndModify(query, lease, FindAndModifyOptions.options().returnNew(true), Document.class,
                collection);
    }

    /** Sends the claimed document's events (with retry and circuit breaker), then releases the lease. */
    private Mono<Boolean> publishClaimed(String collection, Object id) {
        return Mono.defer(() -> sendPending(collection, id))
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                .transformDeferred(RetryOperator.of(retry))
                .thenReturn(true)
                .onErrorResume(error -> {
                    if (!(error instanceof CallNotPermittedException)) {
                        log.warn("Publishing the outbox of {}/{} failed; the sweep will try again: {}",
                                collection, id, error.toString());
                    }
                    return Mono.just(false);
                })
                .flatMap(sent -> release(collection, id).thenReturn(sent));
    }

    /** Reads the pending events afresh (a retry must not resend what was marked), sends, marks. */
    private Mono<Void> sendPending(String collection, Object id) {
        Query mine = Query.query(Criteria.where("_id").is(id).and(OutboxEntry.LEASE + ".owner").is(owner));
        mine.fields().include(OutboxEntry.FIELD);
        return mongo.findOne(mine, Document.class, collection)
                .flatMap(document -> {
                    List<OutboxEntry> entries = document.getList(OutboxEntry.FIELD, Document.class, List.of())
                            .stream().map(OutboxEntry::fromDocument).toList();
                    if (entries.isEmpty()) {
                        return Mono.empty();
                    }
                    log.debug("sending {} event(s) of {}/{}", entries.size(), collection, id);
                    return send(entries).flatMap(outcome -> markSent(collection, id, outcome.sentIds())
                            .then(outcome.failure() == null ? Mono.<Void>empty() : Mono.error(outcome.failure())));
                });
    }

    /**
     * Sends a document's events one after another, each only after the previous one was
     * acknowledged, and stops at the first failure: the acknowledged prefix is what counts as
     * sent. Strict per-aggregate order therefore never depends on producer internals (a later
     * record overtaking an earlier one whose send failed).
     */
    private Mono<SendOutcome> send(List<OutboxEntry> entries) {
        List<String> sent = new ArrayList<>(entries.size());
        return Flux.fromIterable(entries)
                .concatMap(entry -> sendOne(entry).doOnSuccess(ack -> sent.add(entry.envelope().id())))
                .then(Mono.fromSupplier(() -> new SendOutcome(List.copyOf(sent), null)))
                .onErrorResume(failure -> Mono.just(new SendOutcome(List.copyOf(sent), failure)));
    }

    private Mono<RecordMetadata> sendOne(OutboxEntry entry) {
        return Mono.<RecordMetadata>create(sink -> producer.send(record(entry), (metadata, error) -> {
                    if (error != null) {
                        sink.error(error);
                    } else {
                        metrics.published(entry, clock.instant());
                        sink.success(metadata);
                    }
                }))
                // send() may block up to max.block.ms while it waits for metadata: not on an event loop.
                .subscribeOn(sendScheduler);
    }

    private ProducerRecord<String, byte[]> record(OutboxEntry entry) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(entry.topic(), entry.envelope().key(),
                entry.data().getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> header : entry.envelope().toHeaders().entrySet()) {
            record.headers().add(new RecordHeader(header.getKey(), header.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        return record;
    }

    private Mono<Void> markSent(String collection, Object id, List<String> sentIds) {
        if (sentIds.isEmpty()) {
            return Mono.empty();
        }
        Update pull = new Update().pull(OutboxEntry.FIELD, Query.query(Criteria.where("eventId").in(sentIds)));
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), pull, collection).then();
    }

    /**
     * Gives the lease back. Events appended while the lease was held are published at once; a
     * document with nothing left loses its pending marker (only if still empty, so an append that
     * raced this release keeps it).
     */
    private Mono<Void> release(String collection, Object id) {
        Query mine = Query.query(Criteria.where("_id").is(id).and(OutboxEntry.LEASE + ".owner").is(owner));
        mine.fields().include(OutboxEntry.FIELD);
        return mongo.findAndModify(mine, new Update().unset(OutboxEntry.LEASE),
                        FindAndModifyOptions.options().returnNew(true), Document.class, collection)
                .flatMap(document -> {
                    boolean more = !document.getList(OutboxEntry.FIELD, Document.class, List.of()).isEmpty();
                    if (more) {
                        if (circuitBreaker.getState() == CircuitBreaker.State.CLOSED) {
                            nudge(collection, id);
                        }
                        return Mono.<Void>empty();
                    }
                    Query empty = Query.query(Criteria.where("_id").is(id).and(OutboxEntry.FIELD).size(0));
                    return mongo.updateFirst(empty, new Update().unset(OutboxEntry.PENDING_SINCE), collection).then();
                });
    }

    @Override
    public void stop() {
        if (running.compareAndSet(true, false)) {
            if (nudgeLoop != null) {
                nudgeLoop.dispose();
            }
            if (sweepLoop != null) {
                sweepLoop.dispose();
            }
            if (metricsLoop != null) {
                metricsLoop.dispose();
            }
            sendScheduler.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    /** Stop late and start early relative to web servers, so nothing written is left unsent longer than needed. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1000;
    }

    private record Target(String collection, Object id) {
    }

    private record SendOutcome(List<String> sentIds, Throwable failure) {
    }
}
