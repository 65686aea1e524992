package org.coop.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.coop.platform.events.EventEnvelope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Remembers which events each consumer has handled, so an event delivered again (same
 * {@code ce_id}: a redelivery after a crash, a rebalance, or a relay that published twice) has
 * no second effect. A record is keyed {@code <consumer>/<eventId>} (a unique index by
 * construction) and goes IN_PROGRESS → DONE; a failed effect removes its record so the binder's
 * retry, and later a replay from the dead-letter topic, can run it again.
 *
 * <p>An IN_PROGRESS record names its holder, this process's {@link #instance() instance id},
 * and each instance proves it lives by a heartbeat ({@link #beat()}, in {@code inbox_holders}).
 * A redelivered event whose record is held by an instance that stopped beating (it crashed with
 * the event in hand) is taken over at once: before, its 5-minute lease kept the event from being
 * handled, and the binder's three retries sent it to the dead-letter topic (issue 9: matches
 * missing after a {@code kill -9}). A record held by a live instance (a consumer that lost its
 * partition in a rebalance and is still finishing) is waited for, up to its lease, instead.
 *
 * <p>Only the DONE mark waits for the disk: it is what keeps an effect from running twice. Claims,
 * take-overs, removals after a failure and heartbeats waive the journal ({@link JournalWaived}):
 * after a crash that lost one, the event is redelivered and claimed again, which is what the
 * claim is for.
 *
 * <p>Effects run on the binder's consumer thread (imperative functions), so this class blocks.
 */
public class Inbox {

    static final String COLLECTION = "inbox";
    static final String HOLDERS = "inbox_holders";
    /** How often an instance beats, and after how many missed beats it counts as gone. */
    static final Duration BEAT = Duration.ofSeconds(5);
    static final int MISSED_BEATS = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration WAIT_STEP = Duration.ofMillis(200);

    private final ReactiveMongoTemplate mongo;
    private final ReactiveMongoTemplate bookkeeping;
    private final Clock clock;
    private final Duration lease;
    private final String instance = UUID.randomUUID().toString();

    public Inbox(ReactiveMongoTemplate mongo, Clock clock, Duration lease) {
        this.mongo = mongo;
        this.bookkeeping = JournalWaived.template(mongo);
        this.clock = clock;
        this.lease = lease;
    }

    /** This process's id as a holder of IN_PROGRESS records. */
    public String instance() {
        return instance;
    }

    /** Records that this instance is alive; called every {@link #BEAT} while the application runs. */
    public void beat() {
        bookkeeping.upsert(Query.query(Criteria.where("_id").is(instance)),
                        new Update().set("beatAt", Date.from(clock.instant())), HOLDERS)
                .block(TIMEOUT);
    }

    /** This instance stops: its claims may be taken over at once. */
    public void leave() {
        bookkeeping.remove(Query.query(Criteria.where("_id").is(instance)), HOLDERS).block(TIMEOUT);
    }

    /**
     * Runs {@code effect} unless {@code consumer} already handled the event (by its id); true when it ran.
     *
     * @throws EventInProgressException when a live instance still holds the event after its lease
     */
    public boolean handleOnce(String consumer, EventEnvelope event, Runnable effect) {
        String key = consumer + "/" + event.id();
        if (!claim(key, consumer, event)) {
            return false;
        }
        try {
            effect.run();
        } catch (RuntimeException | Error failure) {
            bookkeeping.remove(Query.query(Criteria.where("_id").is(key).and("status").is("IN_PROGRESS")
                            .and("holder").is(instance)), COLLECTION)
                    .block(TIMEOUT);
            throw failure;
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key)),
                        new Update().set("status", "DONE").set("handledAt", Date.from(clock.instant()))
                                .unset("leaseUntil"), COLLECTION)
                .block(TIMEOUT);
        return true;
    }

    /** Whether the consumer has completed the event (for tests and diagnostics). */
    public boolean isDone(String consumer, String eventId) {
        Document record = mongo.findById(consumer + "/" + eventId, Document.class, COLLECTION).block(TIMEOUT);
        return record != null && "DONE".equals(record.getString("status"));
    }

    private boolean claim(String key, String consumer, EventEnvelope event) {
        Instant deadline = clock.instant().plus(lease);
        while (true) {
            Instant now = clock.instant();
            Document record = new Document("_id", key)
                    .append("consumer", consumer)
                    .append("eventId", event.id())
                    .append("type", event.type())
                    // what the event is about and when it happened: with receivedAt and handledAt,
                    // how long it travelled and how long its handler took (bench PipelineStages)
                    .append("subject", event.subject())
                    .append("eventTime", Date.from(event.time()))
                    .append("status", "IN_PROGRESS")
                    .append("holder", instance)
                    .append("receivedAt", Date.from(now))
                    .append("leaseUntil", Date.from(now.plus(lease)));
            try {
                bookkeeping.insert(record, COLLECTION).block(TIMEOUT);
                return true;
            } catch (DuplicateKeyException alreadyThere) {
                Document current = mongo.findById(key, Document.class, COLLECTION).block(TIMEOUT);
                if (current == null) {
                    continue;
                }
                if ("DONE".equals(current.getString("status"))) {
                    return false;
                }
                if (takeOver(key, current, now)) {
                    return true;
                }
                if (!clock.instant().isBefore(deadline)) {
                    throw new EventInProgressException(key);
                }
                sleep();
            }
        }
    }

    /** Takes the record when its lease ran out or its holder is gone; false when someone alive holds it. */
    private boolean takeOver(String key, Document current, Instant now) {
        Object holder = current.get("holder");
        Date leaseUntil = current.getDate("leaseUntil");
        boolean lapsed = leaseUntil == null || leaseUntil.toInstant().isBefore(now);
        if (!lapsed && holder != null && isAlive(holder.toString(), now)) {
            return false;
        }
        Criteria same = Criteria.where("_id").is(key).and("status").is("IN_PROGRESS");
        same = holder == null ? same.and("holder").exists(false) : same.and("holder").is(holder);
        Document taken = bookkeeping.findAndModify(Query.query(same),
                        new Update().set("holder", instance).set("leaseUntil", Date.from(now.plus(lease))),
                        FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION)
                .block(TIMEOUT);
        return taken != null;
    }

    private boolean isAlive(String holder, Instant now) {
        if (holder.equals(instance)) {
            return true;
        }
        Document beat = mongo.findById(holder, Document.class, HOLDERS).block(TIMEOUT);
        return beat != null && beat.getDate("beatAt").toInstant()
                .isAfter(now.minus(BEAT.multipliedBy(MISSED_BEATS)));
    }

    private static void sleep() {
        try {
            Thread.sleep(WAIT_STEP.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an event held elsewhere", e);
        }
    }

    /** A live instance still holds the event after its whole lease; the binder retries later. */
    public static class EventInProgressException extends RuntimeException {
        public EventInProgressException(String key) {
            super("event " + key + " is being handled by another instance");
        }
    }
}
