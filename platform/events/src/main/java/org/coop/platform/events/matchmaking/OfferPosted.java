package org.coop.platform.events.matchmaking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * An enterprise or institution published an offer (the mirror of a need); it is matched with
 * the open needs.
 *
 * @param partnerKind ENTERPRISE or INSTITUTION
 * @param country ISO 3166-1 alpha-2 of the offering organization
 */
@EventType(name = "org.coop.matchmaking.OfferPosted", topic = Topics.MATCHMAKING_OFFERS)
public record OfferPosted(
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
        Instant postedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return offerId;
    }
}
