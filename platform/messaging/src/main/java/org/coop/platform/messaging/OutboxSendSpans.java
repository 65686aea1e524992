package org.coop.platform.messaging;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.coop.platform.events.CloudEventHeaders;
import org.coop.platform.observability.EventTracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay's send as a span: a record carrying a stored {@code traceparent} (the trace of the
 * write that recorded the event) gets a producer span, child of that trace, from the send to the
 * broker's acknowledgement, and leaves with that span's {@code traceparent}, so the consumer's span
 * is the send's child. An interceptor on the relay's producer rather than code in the relay: the
 * relay only copies the envelope's headers. Records without the header (tombstones, events written
 * outside a trace) are sent untouched.
 */
public class OutboxSendSpans implements ProducerInterceptor<String, byte[]> {

    /** Producer config key under which the {@link EventTracing} instance is passed. */
    static final String TRACING = "coop.outbox.tracing";

    private static final Logger log = LoggerFactory.getLogger(OutboxSendSpans.class);

    private final Map<String, Span> inFlight = new ConcurrentHashMap<>();
    private Tracer tracer = Tracer.NOOP;
    private Propagator propagator = Propagator.NOOP;

    @Override
    public void configure(Map<String, ?> configs) {
        if (configs.get(TRACING) instanceof EventTracing tracing) {
            tracer = tracing.tracer();
            propagator = tracing.propagator();
        }
    }

    @Override
    public ProducerRecord<String, byte[]> onSend(ProducerRecord<String, byte[]> record) {
        String parent = text(record.headers().lastHeader(CloudEventHeaders.TRACEPARENT));
        if (parent == null || tracer == Tracer.NOOP) {
            return record;
        }
        Span span = propagator.extract(record.headers(), (headers, key) -> text(headers.lastHeader(key)))
                .name("outbox send " + record.topic()).kind(Span.Kind.PRODUCER).remoteServiceName("kafka")
                .tag("messaging.destination.name", record.topic())
                .tag("event.type", String.valueOf(text(record.headers().lastHeader(CloudEventHeaders.TYPE))))
                .start();
        record.headers().remove(CloudEventHeaders.TRACEPARENT).remove("tracestate");
        propagator.inject(span.context(), record.headers(),
                (headers, key, value) -> headers.add(new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8))));
        inFlight.put(span.context().spanId(), span);
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            log.debug("Sending {} {} to {}", text(record.headers().lastHeader(CloudEventHeaders.TYPE)),
                    text(record.headers().lastHeader(CloudEventHeaders.ID)), record.topic());
        }
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception, Headers headers) {
        String traceparent = headers == null ? null : text(headers.lastHeader(CloudEventHeaders.TRACEPARENT));
        String[] parts = traceparent == null ? new String[0] : traceparent.split("-");
        Span span = parts.length == 4 ? inFlight.remove(parts[2]) : null;
        if (span == null) {
            return;
        }
        if (exception != null) {
            span.error(exception);
        }
        span.end();
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        // only the variant with headers can find the span
    }

    @Override
    public void close() {
        inFlight.values().forEach(Span::end);
        inFlight.clear();
    }

    private static String text(Header header) {
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
