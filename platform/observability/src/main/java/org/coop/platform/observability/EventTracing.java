package org.coop.platform.observability;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import reactor.util.context.ContextView;

/**
 * Carries a trace across Kafka: the span of an aggregate write, whose W3C {@code traceparent} is
 * stored with the events it records (and sent as a header), and a consumer span that continues the
 * trace from that header. Without a tracer (tests, tracing switched off) it records nothing and
 * answers {@code null}.
 */
public class EventTracing {

    /** The W3C Trace Context header (https://www.w3.org/TR/trace-context/#traceparent-header). */
    public static final String TRACEPARENT = "traceparent";

    private static final Logger log = LoggerFactory.getLogger(EventTracing.class);

    private final ObservationRegistry observations;
    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;

    public EventTracing(ObservationRegistry observations, ObjectProvider<Tracer> tracer,
                        ObjectProvider<Propagator> propagator) {
        this.observations = observations;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    public Tracer tracer() {
        return tracer.getIfAvailable(() -> Tracer.NOOP);
    }

    public Propagator propagator() {
        return propagator.getIfAvailable(() -> Propagator.NOOP);
    }

    /** Nothing traced: for code built without Spring (unit tests). */
    public static EventTracing none() {
        StaticListableBeanFactory nothing = new StaticListableBeanFactory();
        return new EventTracing(ObservationRegistry.NOOP, nothing.getBeanProvider(Tracer.class),
                nothing.getBeanProvider(Propagator.class));
    }

    /**
     * Starts the span of an aggregate write (observation {@code aggregate.write}, also a timer per
     * collection), child of the current observation: the one in the Reactor context (a WebFlux
     * request), else the one current on this thread (a consumer). Stop it when the write ends.
     */
    public Observation startWrite(String collection, ContextView context) {
        Observation parent = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
        if (parent == null) {
            parent = observations.getCurrentObservation();
        }
        return Observation.createNotStarted("aggregate.write", observations)
                .contextualName("write " + collection)
                .lowCardinalityKeyValue("collection", collection)
                .parentObservation(parent)
                .start();
    }

    /** The W3C {@code traceparent} of the observation's span, or {@code null} when nothing is traced. */
    public String traceparent(Observation observation) {
        TracingObservationHandler.TracingContext tracing =
                observation.getContextView().get(TracingObservationHandler.TracingContext.class);
        Span span = tracing == null ? null : tracing.getSpan();
        Propagator propagation = propagator.getIfAvailable();
        if (span == null || span.isNoop() || propagation == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagation.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Runs {@code work} in a consumer span (observation {@code events.consume}, also a timer) that
     * continues the trace of the message's {@code traceparent} header, if it has one.
     *
     * @param consumer names what consumes (a low-cardinality tag and the span's name)
     * @param eventType the CloudEvents type (a tag)
     * @param header the message's headers by name
     */
    public void consume(String consumer, String eventType, String eventId, Function<String, String> header,
                        Runnable work) {
        ReceiverContext<Function<String, String>> context = new ReceiverContext<>((carrier, key) -> carrier.apply(key));
        context.setCarrier(header);
        context.setRemoteServiceName("kafka");
        Observation.createNotStarted("events.consume", () -> context, observations)
                .contextualName(consumer + " receive")
                .lowCardinalityKeyValue("consumer", consumer)
                .lowCardinalityKeyValue("type", eventType)
                .highCardinalityKeyValue("event.id", eventId)
                .observe(() -> {
                    log.debug("{} handles {} {}", consumer, eventType, eventId);
                    work.run();
                });
    }
}
