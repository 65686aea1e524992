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
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
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
    private final SweepPacing pacing;
    private Disposable nudgeLoop;
    private Disposable sweepLoop;
    private Disposable metricsLoop;

    public OutboxRelay(ReactiveMongoTemplate mongo, Producer<String, byte[]> producer, OutboxProperties properties,
                       CircuitBreaker circuitBreaker, Retry retry, OutboxMetrics metrics, Clock clock,
                       String serviceName) {
        // leases and sent marks need no disk flush each: losing one sends an event again (JournalWaived)
        this.mongo = JournalWaived.template(mongo);
        this.producer = producer;
        this.properties = properties;
        this.circuitBreaker = circuitBreaker;
        this.retry = retry;
        this.metrics = metrics;
        this.clock = clock;
        this.pacing = new SweepPacing(clock, properties);
        this.owner = serviceName + "-" + UUID.randomUUID();
    }

    /** Asks for the document's events to be published now (called after each write that added events). */
    public void nudge(String collection, Object id) {
        if (running.get()) {
            pacing.active();
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
                .flatMap(target -> claimUnleased(target.collection(), target.id())
                        .flatMap(this::publishClaimed)
                        .onErrorResume(e -> Mono.empty()), properties.getConcurrency())
                .subscribe();
        sweepLoop = Flux.interval(properties.getSweepInterval(), properties.getSweepInterval())
                .onBackpressureDrop()
                .filter(tick -> pacing.due(circuitBreaker.getState() == CircuitBreaker.State.CLOSED))
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
                .concatMap(collection -> candidates(collection)
                        .flatMap(id -> claim(collection, id).flatMap(this::publishClaimed),
                                properties.getConcurrency()))
                .count()
                .doOnNext(published -> {
                    if (published > 0) {
                        pacing.active();
                    }
                });
    }

    /**
     * Ids of documents with pending events and no live lease, oldest first: one query (served by
     * the {@code outbox_pending} index on MongoDB), after which each is claimed by its id.
     */
    private Flux<Object> candidates(String collection) {
        Query query = Query.query(Criteria.where(OutboxEntry.PENDING_SINCE).exists(true).orOperator(leaseFree()))
                .with(Sort.by(OutboxEntry.PENDING_SINCE))
                .limit(properties.getSweepBatch());
        query.fields().include("_id");
        return mongo.find(query, Document.class, collection).map(document -> document.get("_id"));
    }

    /**
     * Leases one document by id if it has pending events and no live lease. Read by id, decide
     * here, then compare-and-set on the claim counter: every condition the store evaluates is an
     * equality on an indexed pair, so even a store without secondary indexes answers from an index.
     */
    private Mono<Claim> claim(String collection, Object id) {
        return outboxOf(collection, id)
                // A document still marked pending with nothing left to send is claimed too: finishing
                // it clears the marker, which no other path would (see finish).
                .filter(this::leaseFree)
                .flatMap(document -> {
                    Instant now = clock.instant();
                    Update lease = new Update()
                            .set(OutboxEntry.LEASE, new Document("owner", owner)
                                    .append("until", Date.from(now.plus(properties.getLease()))))
                            .inc(OutboxEntry.CLAIM, 1);
                    Query unchanged = Query.query(Criteria.where("_id").is(id)
                            .and(OutboxEntry.CLAIM).is(document.get(OutboxEntry.CLAIM)));
                    unchanged.fields().include(OutboxEntry.FIELD).include(OutboxEntry.CLAIM)
                            .include(OutboxEntry.APPENDS);
                    return mongo.findAndModify(unchanged, lease, FindAndModifyOptions.options().returnNew(true),
                            Document.class, collection);
                })
                .map(claimed -> new Claim(collection, id, claimed))
                .doOnNext(claimed -> log.debug("claimed {}/{}", collection, id));
    }

    /**
     * The nudge path: leases the document in one write if no relay holds it. A lease held by
     * another relay (or by this one, busy with the same document) means the holder publishes what
     * was appended, as {@link #finish} re-publishes appends it did not send; a lapsed lease is left
     * to the sweep.
     */
    private Mono<Claim> claimUnleased(String collection, Object id) {
        Query unleased = Query.query(Criteria.where("_id").is(id).and(OutboxEntry.LEASE).is(null));
        unleased.fields().include(OutboxEntry.FIELD).include(OutboxEntry.CLAIM).include(OutboxEntry.APPENDS);
        Update lease = new Update()
                .set(OutboxEntry.LEASE, new Document("owner", owner)
                        .append("until", Date.from(clock.instant().plus(properties.getLease()))))
                .inc(OutboxEntry.CLAIM, 1);
        return mongo.findAndModify(unleased, lease, FindAndModifyOptions.options().returnNew(true), Document.class,
                        collection)
                .map(claimed -> new Claim(collection, id, claimed));
    }

    /**
     * Only the outbox fields of a document, by id. Reading a projection also gives the embedded
     * store a copy to send, rather than the live document another write may be changing.
     */
    private Mono<Document> outboxOf(String collection, Object id) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        byId.fields().include(OutboxEntry.FIELD).include(OutboxEntry.LEASE).include(OutboxEntry.CLAIM)
                .include(OutboxEntry.APPENDS);
        return mongo.findOne(byId, Document.class, collection);
    }

    private boolean leaseFree(Document document) {
        Document lease = document.get(OutboxEntry.LEASE, Document.class);
        return lease == null || lease.getDate("until").toInstant().isBefore(clock.instant());
    }

    private Criteria[] leaseFree() {
        return new Criteria[] {
            Criteria.where(OutboxEntry.LEASE).is(null),
            Criteria.where(OutboxEntry.LEASE + ".until").lt(Date.from(clock.instant()))
        };
    }

    /**
     * Sends the claimed document's events inside the retry and the circuit breaker, then marks
     * them sent and releases the lease. A retry reads the pending events again, so what an earlier
     * attempt got acknowledged is not sent twice.
     */
    private Mono<Boolean> publishClaimed(Claim claim) {
        // What the last attempt read: the claim's own read first, then each retry's reload, so
        // finish compares the append counter with what was actually sent.
        AtomicReference<Claim> latest = new AtomicReference<>(claim);
        AtomicBoolean firstAttempt = new AtomicBoolean(true);
        return Mono.defer(() -> {
                    Mono<Claim> read = firstAttempt.getAndSet(false) ? Mono.just(claim) : reload(claim);
                    return read.doOnNext(latest::set).flatMap(current -> {
                        List<OutboxEntry> entries = entries(current.document());
                        return entries.isEmpty()
                                ? Mono.just(List.<String>of())
                                : send(entries).flatMap(outcome -> outcome.failure() == null
                                        ? Mono.just(outcome.sentIds())
                                        : markSent(claim, outcome.sentIds()).then(Mono.error(outcome.failure())));
                    }).defaultIfEmpty(List.of());
                })
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                .transformDeferred(RetryOperator.of(retry))
                .flatMap(sentIds -> finish(latest.get(), sentIds).thenReturn(true))
                .onErrorResume(error -> {
                    if (!(error instanceof CallNotPermittedException)) {
                        log.warn("Publishing the outbox of {}/{} failed; the sweep will try again: {}",
                                claim.collection(), claim.id(), error.toString());
                    }
                    return release(claim.collection(), claim.id(), 3).thenReturn(false);
                });
    }

    /** The document as it is now, if this relay still holds it; empty if it lost the lease. */
    private Mono<Claim> reload(Claim claim) {
        return outboxOf(claim.collection(), claim.id())
                .filter(this::heldByMe)
                .map(document -> new Claim(claim.collection(), claim.id(), document));
    }

    private boolean heldByMe(Document document) {
        Document lease = document.get(OutboxEntry.LEASE, Document.class);
        return lease != null && owner.equals(lease.getString("owner"));
    }

    private static List<OutboxEntry> entries(Document document) {
        return document.getList(OutboxEntry.FIELD, Document.class, List.of()).stream()
                .map(OutboxEntry::fromDocument).toList();
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

    /** Pulls acknowledged events, keeping the lease (used between retries). */
    private Mono<Void> markSent(Claim claim, List<String> sentIds) {
        if (sentIds.isEmpty()) {
            return Mono.empty();
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(claim.id())), pullSent(sentIds),
                claim.collection()).then();
    }

    /**
     * Marks the sent events and releases the lease. If no events were appended since the claim
     * (the append counter has not moved), one write pulls the sent events and drops the lease and
     * the pending marker. Otherwise the sent events are pulled and the lease released (the claim
     * counter, which writers never touch, still matches), and the document is published again for
     * what arrived meanwhile (whatever the circuit's state: an open circuit only sends that claim back to
     * the sweep). If the lease lapsed and another relay took it, only the pull remains.
     */
    private Mono<Void> finish(Claim claim, List<String> sentIds) {
        Object claimCounter = claim.document().get(OutboxEntry.CLAIM);
        Object appendCounter = claim.document().get(OutboxEntry.APPENDS);
        Update emptied = (sentIds.isEmpty() ? new Update() : pullSent(sentIds))
                .unset(OutboxEntry.LEASE).unset(OutboxEntry.PENDING_SINCE).inc(OutboxEntry.CLAIM, 1);
        Query nothingAppended = Query.query(Criteria.where("_id").is(claim.id())
                .and(OutboxEntry.CLAIM).is(claimCounter).and(OutboxEntry.APPENDS).is(appendCounter));
        Update released = (sentIds.isEmpty() ? new Update() : pullSent(sentIds))
                .unset(OutboxEntry.LEASE).inc(OutboxEntry.CLAIM, 1);
        Query stillMine = Query.query(Criteria.where("_id").is(claim.id()).and(OutboxEntry.CLAIM).is(claimCounter));
        return mongo.updateFirst(nothingAppended, emptied, claim.collection())
                .flatMap(done -> done.getModifiedCount() == 1
                        ? Mono.<Void>empty()
                        : mongo.updateFirst(stillMine, released, claim.collection())
                                .flatMap(released1 -> released1.getModifiedCount() == 1
                                        ? Mono.fromRunnable(() -> nudge(claim.collection(), claim.id()))
                                        : markSent(claim, sentIds))
                                .then());
    }

    /** Gives the lease back if this relay still holds it (compare-and-set, retried on a race). */
    private Mono<Void> release(String collection, Object id, int attempts) {
        return outboxOf(collection, id)
                .filter(this::heldByMe)
                .flatMap(document -> mongo.updateFirst(
                        Query.query(Criteria.where("_id").is(id).and(OutboxEntry.CLAIM)
                                .is(document.get(OutboxEntry.CLAIM))),
                        new Update().unset(OutboxEntry.LEASE).inc(OutboxEntry.CLAIM, 1), collection))
                .flatMap(result -> result.getModifiedCount() == 0 && attempts > 1
                        ? release(collection, id, attempts - 1)
                        : Mono.<Void>empty())
                .then();
    }

    private static Update pullSent(List<String> sentIds) {
        return new Update().pull(OutboxEntry.FIELD, Query.query(Criteria.where("eventId").in(sentIds)));
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

    /** A document this relay leased, as it read it at the claim (events and claim counter). */
    private record Claim(String collection, Object id, Document document) {
    }

    private record SendOutcome(List<String> sentIds, Throwable failure) {
    }
}
