package org.coop.platform.events.matchmaking;

import java.time.Instant;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/** The offer was withdrawn by its organization. */
@EventType(name = "org.coop.matchmaking.OfferWithdrawn", topic = Topics.MATCHMAKING_OFFERS)
public record OfferWithdrawn(String offerId, String organizationId, String reason, Instant withdrawnAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return offerId;
    }
}
