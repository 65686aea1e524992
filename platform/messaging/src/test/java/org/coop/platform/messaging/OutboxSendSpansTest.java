package org.coop.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.coop.platform.observability.EventTracing;
import org.coop.platform.test.InMemoryTracing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class OutboxSendSpansTest {

    private static final String STORED = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final InMemoryTracing otel = new InMemoryTracing();
    private final OutboxSendSpans interceptor = new OutboxSendSpans();

    @AfterEach
    void close() {
        interceptor.close();
        otel.close();
    }

    @Test
    void aSendIsAProducerSpanOfTheStoredTraceAndTheRecordLeavesWithItsTraceparent() {
        configure();
        ProducerRecord<String, byte[]> record = record(STORED);

        interceptor.onSend(record);
        interceptor.onAcknowledgement(metadata(), null, record.headers());

        SpanData send = otel.finishedSpans().get(0);
        assertThat(send.getName()).isEqualTo("outbox send matchmaking.needs.v1");
        assertThat(send.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(send.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(send.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(record.headers().headers("traceparent")).hasSize(1);
        assertThat(header(record)).isEqualTo("00-" + send.getTraceId() + "-" + send.getSpanId() + "-01");
    }

    @Test
    void aFailedSendEndsItsSpanAsAnError() {
        configure();
        ProducerRecord<String, byte[]> record = record(STORED);

        interceptor.onSend(record);
        interceptor.onAcknowledgement(metadata(), new org.apache.kafka.common.errors.TimeoutException("no broker"),
                record.headers());

        assertThat(otel.finishedSpans()).singleElement()
                .satisfies(span -> assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR));
    }

    @Test
    void aRecordWithoutATraceIsSentUntouched() {
        configure();
        ProducerRecord<String, byte[]> record = record(null);

        interceptor.onSend(record);
        interceptor.onAcknowledgement(metadata(), null, record.headers());

        assertThat(header(record)).isNull();
        assertThat(otel.finishedSpans()).isEmpty();
    }

    private void configure() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("tracer", otel.tracer(),
                "propagator", otel.propagator()));
        interceptor.configure(Map.of(OutboxSendSpans.TRACING, new EventTracing(otel.observations(),
                beans.getBeanProvider(Tracer.class), beans.getBeanProvider(Propagator.class))));
    }

    private static ProducerRecord<String, byte[]> record(String traceparent) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("matchmaking.needs.v1", "need-1", new byte[0]);
        record.headers().add(new RecordHeader("ce_type", "org.coop.matchmaking.NeedPosted.v1"
                .getBytes(StandardCharsets.UTF_8)));
        if (traceparent != null) {
            record.headers().add(new RecordHeader("traceparent", traceparent.getBytes(StandardCharsets.UTF_8)));
        }
        return record;
    }

    private static String header(ProducerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader("traceparent");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static RecordMetadata metadata() {
        return new RecordMetadata(new TopicPartition("matchmaking.needs.v1", 0), 0, 0, 0, 0, 0);
    }
}
