package org.coop.platform.messaging.probe;

import java.time.Instant;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

@EventType(name = "org.coop.platform.ProbeOpened", topic = Topics.PLATFORM_PROBES)
public record ProbeOpened(String probeId, String title, Instant openedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return probeId;
    }
}
