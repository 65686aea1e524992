package org.coop.platform.events.matchmaking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/** An open need was revised; it is matched again with its new criteria. Same fields as {@link NeedPosted}. */
@EventType(name = "org.coop.matchmaking.NeedRevised", topic = Topics.MATCHMAKING_NEEDS)
public record NeedRevised(
        String needId,
        String collegeOrganizationId,
        String province,
        int revision,
        Map<String, String> title,
        MatchCriteria criteria,
        List<String> partnerKinds,
        Integer students,
        Integer teachers,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate expiresOn,
        boolean intermediaryWelcome,
        Instant revisedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return needId;
    }
}
