package org.coop.forum.forum.domain;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * A session of the forum: a bilingual title, a venue-local time slot within the forum's dates,
 * a room and its capacity.
 */
public record Session(Map<String, String> title, LocalDateTime startsAt, LocalDateTime endsAt, String room,
                      int capacity) {

    /** Times are kept to the minute (slots are planned in minutes; the store keeps milliseconds). */
    public Session {
        title = title == null ? null : Map.copyOf(title);
        startsAt = startsAt == null ? null : startsAt.truncatedTo(ChronoUnit.MINUTES);
        endsAt = endsAt == null ? null : endsAt.truncatedTo(ChronoUnit.MINUTES);
    }
}
