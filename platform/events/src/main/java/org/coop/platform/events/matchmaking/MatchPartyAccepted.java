package org.coop.platform.events.matchmaking;

import java.time.Instant;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * One side accepted a match and waits for the other; {@link MatchAccepted} follows when both have.
 *
 * @param side COLLEGE or PARTNER
 */
@EventType(name = "org.coop.matchmaking.MatchPartyAccepted", topic = Topics.MATCHMAKING_MATCHES)
public record MatchPartyAccepted(
        String matchId,
        String needId,
        String side,
        String byUserId,
        String collegeOrganizationId,
        String partnerOrganizationId,
        String thirdPartyOrganizationId,
        String province,
        int sequence,
        Instant acceptedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return needId;
    }
}
