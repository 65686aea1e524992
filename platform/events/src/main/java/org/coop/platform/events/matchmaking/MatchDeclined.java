package org.coop.platform.events.matchmaking;

import java.time.Instant;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * One side declined a match, with a reason from a fixed list and optional text.
 *
 * @param side COLLEGE or PARTNER
 * @param reasonCode NOT_RELEVANT, CAPACITY_MISMATCH, TIMING, LANGUAGE, FUNDING, ALREADY_PARTNERED or OTHER
 */
@EventType(name = "org.coop.matchmaking.MatchDeclined", topic = Topics.MATCHMAKING_MATCHES)
public record MatchDeclined(
        String matchId,
        String needId,
        String side,
        String reasonCode,
        String reasonText,
        String byUserId,
        String collegeOrganizationId,
        String partnerOrganizationId,
        String thirdPartyOrganizationId,
        String province,
        int sequence,
        Instant declinedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return needId;
    }
}
