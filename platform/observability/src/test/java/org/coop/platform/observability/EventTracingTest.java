package org.coop.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.Map;
import org.coop.platform.test.InMemoryTracing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import reactor.util.context.Context;

class EventTracingTest {

    private final InMemoryTracing otel = new InMemoryTracing();
    private final EventTracing tracing = tracing(otel);

    @AfterEach
    void close() {
        otel.close();
    }

    @Test
    void aWriteInARequestIsItsChildAndItsTraceparentNamesTheWrite() {
        Observation request = Observation.start("http.server.requests", otel.observations());
        Observation write = tracing.startWrite("needs", Context.of(
                io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor.KEY, request));
        String traceparent = tracing.traceparent(write);
        write.stop();
        request.stop();

        SpanData writeSpan = span("write needs");
        SpanData requestSpan = span("http.server.requests");
        assertThat(writeSpan.getParentSpanId()).isEqualTo(requestSpan.getSpanId());
        assertThat(traceparent).isEqualTo("00-" + writeSpan.getTraceId() + "-" + writeSpan.getSpanId() + "-01");
    }

    @Test
    void aConsumerContinuesTheTraceOfTheTraceparentHeaderAndItsWritesFollow() {
        String producer = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        String[] inside = new String[1];
        tracing.consume("matchmaking.need-matching", "org.coop.matchmaking.NeedPosted.v1", "event-1",
                Map.of("traceparent", producer)::get, () -> {
                    Observation write = tracing.startWrite("matches", Context.empty());
                    inside[0] = tracing.traceparent(write);
                    write.stop();
                });

        SpanData consumer = span("matchmaking.need-matching receive");
        assertThat(consumer.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(consumer.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(consumer.getKind()).isEqualTo(io.opentelemetry.api.trace.SpanKind.CONSUMER);
        assertThat(span("write matches").getParentSpanId()).isEqualTo(consumer.getSpanId());
        assertThat(inside[0]).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-");
    }

    @Test
    void withoutATraceNothingIsRecordedAndNoTraceparentIsStored() {
        EventTracing none = EventTracing.none();
        Observation write = none.startWrite("needs", Context.empty());
        assertThat(none.traceparent(write)).isNull();
        write.stop();
        boolean[] ran = new boolean[1];
        none.consume("c", "t", "e", name -> null, () -> ran[0] = true);
        assertThat(ran[0]).isTrue();
    }

    private SpanData span(String name) {
        return otel.finishedSpans().stream().filter(span -> span.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + otel.finishedSpans()));
    }

    static EventTracing tracing(InMemoryTracing otel) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("tracer", otel.tracer(),
                "propagator", otel.propagator()));
        return new EventTracing(otel.observations(), beans.getBeanProvider(Tracer.class),
                beans.getBeanProvider(Propagator.class));
    }
}
