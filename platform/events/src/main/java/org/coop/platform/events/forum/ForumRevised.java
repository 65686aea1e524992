package org.coop.platform.events.forum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * A published forum was revised; {@code changed} names the fields that changed and the rest of
 * the record is the forum as it now stands.
 *
 * @param revision 1 for the first revision after publication, then 2, 3, ...
 */
@EventType(name = "org.coop.forum.ForumRevised", topic = Topics.FORUM_FORUMS)
public record ForumRevised(
        String forumId,
        int revision,
        List<String> changed,
        Map<String, String> title,
        String city,
        String country,
        List<String> languages,
        LocalDate startsOn,
        LocalDate endsOn,
        Instant registrationOpensAt,
        Instant registrationClosesAt,
        int capacity,
        Instant revisedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return forumId;
    }
}
