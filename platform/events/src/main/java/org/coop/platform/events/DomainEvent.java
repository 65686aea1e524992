package org.coop.platform.events;

/**
 * A fact that happened to one aggregate. Implementations are immutable records annotated with
 * {@link EventType}; the record's JSON form is the CloudEvents {@code data}.
 */
public interface DomainEvent {

    /** Id of the aggregate the event belongs to: the Kafka key and the CloudEvents {@code subject}. */
    String aggregateId();
}
