package org.coop.platform.events.matchmaking;

import java.time.Instant;
import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * The engine found a partner for a need: a subscription or an offer that passes every hard rule
 * and reaches the minimum score. Key: needId.
 *
 * @param digest true when the subscription's daily cap was reached: the match waits for the digest
 * @param sequence position of this event among the match's events (1 for the suggestion)
 */
@EventType(name = "org.coop.matchmaking.MatchSuggested", topic = Topics.MATCHMAKING_MATCHES)
public record MatchSuggested(
        String matchId,
        String needId,
        String subscriptionId,
        String offerId,
        String collegeOrganizationId,
        String partnerOrganizationId,
        String partnerKind,
        String partnerCountry,
        String province,
        double score,
        List<MatchReason> reasons,
        List<String> modes,
        List<String> countries,
        boolean digest,
        int sequence,
        Instant suggestedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return needId;
    }
}
