package org.coop.bench.outbox;

import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/** A ~200-byte event, the size of a typical platform event. */
@EventType(name = "org.coop.bench.ReadingTaken", topic = Topics.PLATFORM_PROBES)
record ReadingTaken(String meterId, long sequence, String value) implements DomainEvent {

    @Override
    public String aggregateId() {
        return meterId;
    }
}
