package org.coop.platform.events.matchmaking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * A college published a cooperation need; it is open for matching.
 *
 * @param title the title by language (ISO 639-1)
 * @param partnerKinds ENTERPRISE and/or INSTITUTION
 * @param revision 1 when posted, +1 on each revision
 */
@EventType(name = "org.coop.matchmaking.NeedPosted", topic = Topics.MATCHMAKING_NEEDS)
public record NeedPosted(
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
        Instant postedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return needId;
    }
}
