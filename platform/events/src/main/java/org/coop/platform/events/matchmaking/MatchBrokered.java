package org.coop.platform.events.matchmaking;

import java.time.Instant;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * A government officer acted as broker on a match: recommended it to both parties, or added an
 * intermediary or a government body as the third party of a three-party cooperation model.
 *
 * @param action RECOMMENDED or THIRD_PARTY_ADDED
 * @param thirdPartyRole INTERMEDIARY or GOVERNMENT, with THIRD_PARTY_ADDED
 */
@EventType(name = "org.coop.matchmaking.MatchBrokered", topic = Topics.MATCHMAKING_MATCHES)
public record MatchBrokered(
        String matchId,
        String needId,
        String action,
        String brokerUserId,
        String brokerOrganizationId,
        String reason,
        String thirdPartyOrganizationId,
        String thirdPartyRole,
        String cooperationModel,
        String collegeOrganizationId,
        String partnerOrganizationId,
        String province,
        int sequence,
        Instant brokeredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return needId;
    }
}
