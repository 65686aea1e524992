package org.coop.platform.messaging;

import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventEnvelope;

/** What a service does with one event type; runs at most once per event id (see {@link Inbox}). */
@FunctionalInterface
public interface EventHandler<T extends DomainEvent> {

    void handle(T event, EventEnvelope envelope);
}
