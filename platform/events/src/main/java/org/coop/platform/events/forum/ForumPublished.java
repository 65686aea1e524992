package org.coop.platform.events.forum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * A forum is open to the public: its dates, venue, languages and registration window are set.
 * Matchmaking may suggest meetings among its registrants.
 *
 * @param title the title by language code ({@code zh} always, plus at least one of en, vi, th, lo, my, km)
 * @param country ISO 3166-1 alpha-2 of the venue
 * @param languages the working languages of the forum
 */
@EventType(name = "org.coop.forum.ForumPublished", topic = Topics.FORUM_FORUMS)
public record ForumPublished(
        String forumId,
        String organizerOrganizationId,
        Map<String, String> title,
        String city,
        String country,
        List<String> languages,
        LocalDate startsOn,
        LocalDate endsOn,
        Instant registrationOpensAt,
        Instant registrationClosesAt,
        int capacity,
        int sessions,
        Instant publishedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return forumId;
    }
}
