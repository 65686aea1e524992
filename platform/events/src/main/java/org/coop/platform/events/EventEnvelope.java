package org.coop.platform.events;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The CloudEvents attributes of one event. The Kafka key is always {@link #subject()}, the
 * aggregate id, so every event of an aggregate lands on one partition in order.
 * {@link #traceparent()} is the trace the event was recorded in, or {@code null}.
 */
public record EventEnvelope(String id, String type, String source, Instant time, String subject, String traceparent) {

    /** An envelope recorded outside any trace. */
    public EventEnvelope(String id, String type, String source, Instant time, String subject) {
        this(id, type, source, time, subject, null);
    }

    public EventEnvelope {
        requireText(id, CloudEventHeaders.ID);
        requireText(type, CloudEventHeaders.TYPE);
        requireText(source, CloudEventHeaders.SOURCE);
        requireText(subject, CloudEventHeaders.SUBJECT);
        if (time == null) {
            throw new MalformedEnvelopeException("missing " + CloudEventHeaders.TIME);
        }
    }

    /** A new envelope for an event about to be recorded by {@code service}. */
    public static EventEnvelope create(DomainEvent event, String service, Instant now) {
        return new EventEnvelope(UUID.randomUUID().toString(), EventDescriptor.of(event).type(),
                sourceOf(service), now, event.aggregateId(), null);
    }

    /** This envelope, recorded in the trace {@code traceparent} (W3C; {@code null} for none). */
    public EventEnvelope withTraceparent(String traceparent) {
        return new EventEnvelope(id, type, source, time, subject, traceparent);
    }

    /** CloudEvents {@code source} of a platform service, a URI reference. */
    public static String sourceOf(String service) {
        return "/coop/" + service;
    }

    public String key() {
        return subject;
    }

    /** The headers in the order the binding lists them. */
    public Map<String, String> toHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(CloudEventHeaders.ID, id);
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.TYPE, type);
        headers.put(CloudEventHeaders.SUBJECT, subject);
        headers.put(CloudEventHeaders.TIME, time.toString());
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (traceparent != null) {
            headers.put(CloudEventHeaders.TRACEPARENT, traceparent);
        }
        return headers;
    }

    /**
     * Reads an envelope back from headers; a missing or unparseable attribute, or a spec version
     * other than 1.0, is a {@link MalformedEnvelopeException} (the message is poison).
     */
    public static EventEnvelope fromHeaders(Function<String, String> header) {
        String specVersion = header.apply(CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new MalformedEnvelopeException("unsupported " + CloudEventHeaders.SPEC_VERSION + ": " + specVersion);
        }
        String time = header.apply(CloudEventHeaders.TIME);
        Instant parsedTime;
        try {
            parsedTime = time == null ? null : Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new MalformedEnvelopeException("unparseable " + CloudEventHeaders.TIME + ": " + time);
        }
        return new EventEnvelope(header.apply(CloudEventHeaders.ID), header.apply(CloudEventHeaders.TYPE),
                header.apply(CloudEventHeaders.SOURCE), parsedTime, header.apply(CloudEventHeaders.SUBJECT),
                header.apply(CloudEventHeaders.TRACEPARENT));
    }

    private static void requireText(String value, String attribute) {
        if (value == null || value.isBlank()) {
            throw new MalformedEnvelopeException("missing " + attribute);
        }
    }
}
