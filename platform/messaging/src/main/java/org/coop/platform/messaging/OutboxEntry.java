package org.coop.platform.messaging;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.coop.platform.events.EventEnvelope;

/**
 * One pending event inside an aggregate document's {@code _outbox} array: the envelope, the
 * topic, and the data exactly as it will be published. The envelope keeps the W3C
 * {@code traceparent} of the request that wrote the event, so the relay, which sends the
 * envelope's headers, continues that trace on Kafka.
 */
record OutboxEntry(EventEnvelope envelope, String topic, String data) {

    static final String FIELD = "_outbox";
    static final String PENDING_SINCE = "_outboxPendingSince";
    static final String LEASE = "_outboxLease";
    /**
     * Bumped by every claim and release of the relay (never by writers), so relays can
     * compare-and-set on equality alone while writers keep appending (see OutboxRelay).
     */
    static final String CLAIM = "_outboxClaim";
    /** Bumped by every write that appends events: tells a relay whether events arrived during its send. */
    static final String APPENDS = "_outboxAppends";

    Document toDocument() {
        return new Document("eventId", envelope.id())
                .append("type", envelope.type())
                .append("source", envelope.source())
                .append("subject", envelope.subject())
                .append("time", Date.from(envelope.time()))
                .append("traceparent", envelope.traceparent())
                .append("topic", topic)
                .append("data", data);
    }

    static OutboxEntry fromDocument(Document document) {
        Instant time = document.getDate("time").toInstant();
        return new OutboxEntry(new EventEnvelope(document.getString("eventId"), document.getString("type"),
                document.getString("source"), time, document.getString("subject"), document.getString("traceparent")),
                document.getString("topic"), document.getString("data"));
    }
}
