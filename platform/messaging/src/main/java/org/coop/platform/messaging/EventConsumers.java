package org.coop.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventDescriptor;
import org.coop.platform.events.EventEnvelope;
import org.coop.platform.events.EventJson;
import org.coop.platform.observability.EventTracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * Builds the imperative {@code Consumer<Message<byte[]>>} functions services bind to topics (only
 * imperative functions get the binder's retry and dead-letter topic). A function reads the
 * CloudEvents headers, dispatches on {@code ce_type} to the handler registered for that type,
 * and runs it through the {@link Inbox}. Types it has no handler for are skipped, so producers
 * may add event types to a topic; a message without valid headers or data throws, is retried,
 * then lands on the dead-letter topic while the partition moves on.
 */
public class EventConsumers {

    private final Inbox inbox;
    private final String serviceName;
    private final MeterRegistry meters;
    private final EventTracing tracing;

    public EventConsumers(Inbox inbox, String serviceName, MeterRegistry meters) {
        this(inbox, serviceName, meters, EventTracing.none());
    }

    /** With {@code tracing}, each handler runs in a span continuing the producer's trace ({@code traceparent}). */
    public EventConsumers(Inbox inbox, String serviceName, MeterRegistry meters, EventTracing tracing) {
        this.tracing = tracing;
        this.inbox = inbox;
        this.serviceName = serviceName;
        this.meters = meters;
    }

    /** Starts a consumer function; {@code name} is unique within the service (it keys the inbox). */
    public Builder consumer(String name) {
        return new Builder(serviceName + "." + name);
    }

    public final class Builder {
        private final String consumerName;
        private final Map<String, Registration<?>> byType = new LinkedHashMap<>();

        private Builder(String consumerName) {
            this.consumerName = consumerName;
        }

        public <T extends DomainEvent> Builder on(Class<T> type, EventHandler<T> handler) {
            return on(type, event -> true, handler);
        }

        /**
         * As {@link #on(Class, EventHandler)}, for a handler that has nothing to do for many events
         * (a match whose subscription has no webhook): events failing {@code worthHandling} are
         * dropped before the inbox, so they cost no inbox writes. The check must be a read only;
         * an event it drops that is delivered again is checked again.
         */
        public <T extends DomainEvent> Builder on(Class<T> type, Predicate<T> worthHandling, EventHandler<T> handler) {
            EventDescriptor descriptor = EventDescriptor.of(type);
            if (byType.putIfAbsent(descriptor.type(), new Registration<>(type, worthHandling, handler)) != null) {
                throw new IllegalArgumentException(descriptor.type() + " already has a handler in " + consumerName);
            }
            return this;
        }

        public Consumer<Message<byte[]>> build() {
            return new Dispatcher(consumerName, Map.copyOf(byType));
        }
    }

    private record Registration<T extends DomainEvent>(Class<T> type, Predicate<T> worthHandling,
                                                      EventHandler<T> handler) {

        /** The handler's work for this record, or null when it has nothing to do for it. */
        Runnable effectOf(byte[] data, EventEnvelope envelope) {
            T event = EventJson.fromBytes(data, type);
            return worthHandling.test(event) ? () -> handler.handle(event, envelope) : null;
        }
    }

    private final class Dispatcher implements Consumer<Message<byte[]>> {

        private final Logger log = LoggerFactory.getLogger(Dispatcher.class);
        private final String consumerName;
        private final Map<String, Registration<?>> byType;

        private Dispatcher(String consumerName, Map<String, Registration<?>> byType) {
            this.consumerName = consumerName;
            this.byType = byType;
        }

        @Override
        public void accept(Message<byte[]> message) {
            MessageHeaders headers = message.getHeaders();
            EventEnvelope envelope = EventEnvelope.fromHeaders(name -> text(headers.get(name)));
            Registration<?> registration = byType.get(envelope.type());
            if (registration == null) {
                meters.counter("events.ignored", "consumer", consumerName, "type", envelope.type()).increment();
                log.debug("{} has no handler for {}; skipped {}", consumerName, envelope.type(), envelope.id());
                return;
            }
            byte[] data = message.getPayload();
            String[] outcome = new String[1];
            tracing.consume(consumerName, envelope.type(), envelope.id(), name -> text(headers.get(name)), () -> {
                Runnable effect = registration.effectOf(data, envelope);
                if (effect == null) {
                    outcome[0] = "events.irrelevant";
                } else {
                    outcome[0] = inbox.handleOnce(consumerName, envelope, effect) ? "events.handled" : "events.duplicates";
                }
            });
            meters.counter(outcome[0], "consumer", consumerName, "type", envelope.type()).increment();
        }

        private static String text(Object header) {
            if (header == null) {
                return null;
            }
            if (header instanceof byte[] bytes) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            return header.toString();
        }
    }
}
