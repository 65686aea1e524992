package org.coop.platform.events.matchmaking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/** An open offer was revised; it is matched again. Same fields as {@link OfferPosted}. */
@EventType(name = "org.coop.matchmaking.OfferRevised", topic = Topics.MATCHMAKING_OFFERS)
public record OfferRevised(
        String offerId,
        String organizationId,
        String partnerKind,
        String country,
        int revision,
        Map<String, String> title,
        MatchCriteria criteria,
        Integer students,
        Integer teachers,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate expiresOn,
        Instant revisedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return offerId;
    }
}
