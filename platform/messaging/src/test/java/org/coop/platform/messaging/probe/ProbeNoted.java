package org.coop.platform.messaging.probe;

import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

@EventType(name = "org.coop.platform.ProbeNoted", topic = Topics.PLATFORM_PROBES)
public record ProbeNoted(String probeId, int sequence, String note) implements DomainEvent {

    @Override
    public String aggregateId() {
        return probeId;
    }
}
