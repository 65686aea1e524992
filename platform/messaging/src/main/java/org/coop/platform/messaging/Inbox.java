package org.coop.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
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
 * construction) and goes IN_PROGRESS (leased) → DONE; a failed effect removes its record so the
 * binder's retry, and later a replay from the dead-letter topic, can run it again.
 *
 * <p>Effects run on the binder's consumer thread (imperative functions), so this class blocks.
 */
public class Inbox {

    static final String COLLECTION = "inbox";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final Duration lease;

    public Inbox(ReactiveMongoTemplate mongo, Clock clock, Duration lease) {
        this.mongo = mongo;
        this.clock = clock;
        this.lease = lease;
    }

    /**
     * Runs {@code effect} unless {@code consumer} already handled {@code eventId}; true when it ran.
     *
     * @throws EventInProgressException when another instance holds a live claim on the event
     */
    public boolean handleOnce(String consumer, String eventId, String eventType, Runnable effect) {
        String key = consumer + "/" + eventId;
        if (!claim(key, consumer, eventId, eventType)) {
            return false;
        }
        try {
            effect.run();
        } catch (RuntimeException | Error failure) {
            mongo.remove(Query.query(Criteria.where("_id").is(key).and("status").is("IN_PROGRESS")), COLLECTION)
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

    private boolean claim(String key, String consumer, String eventId, String eventType) {
        Instant now = clock.instant();
        Document record = new Document("_id", key)
                .append("consumer", consumer)
                .append("eventId", eventId)
                .append("type", eventType)
                .append("status", "IN_PROGRESS")
                .append("receivedAt", Date.from(now))
                .append("leaseUntil", Date.from(now.plus(lease)));
        try {
            mongo.insert(record, COLLECTION).block(TIMEOUT);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            Document taken = mongo.findAndModify(
                            Query.query(Criteria.where("_id").is(key).and("status").is("IN_PROGRESS")
                                    .and("leaseUntil").lt(Date.from(now))),
                            new Update().set("leaseUntil", Date.from(now.plus(lease))),
                            FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION)
                    .block(TIMEOUT);
            if (taken != null) {
                return true;
            }
            Document current = mongo.findById(key, Document.class, COLLECTION).block(TIMEOUT);
            if (current == null) {
                return claim(key, consumer, eventId, eventType);
            }
            if ("DONE".equals(current.getString("status"))) {
                return false;
            }
            throw new EventInProgressException(key);
        }
    }

    /** Another consumer instance is handling the same event right now; retry later. */
    public static class EventInProgressException extends RuntimeException {
        public EventInProgressException(String key) {
            super("event " + key + " is being handled by another instance");
        }
    }
}
