package org.coop.forum;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coop.forum.common.domain.Actor;
import org.coop.forum.forum.domain.ForumDetails;
import org.coop.forum.forum.domain.Session;

/** The China–ASEAN Education Exchange Week in Vientiane, a month ahead, and the people who take part. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    public static final LocalDate STARTS = LocalDate.parse("2027-01-10");
    public static final LocalDate ENDS = LocalDate.parse("2027-01-12");
    public static final Map<String, String> TITLE =
            Map.of("zh", "中国—东盟教育交流周", "en", "China-ASEAN Education Exchange Week");

    private Fixtures() {
    }

    public static Actor organizer() {
        return new Actor("user-zhao-ning", "Zhao Ning", "org-yn-forum", Set.of(Actor.FORUM_ORGANIZER));
    }

    public static Actor college(String organizationId) {
        return new Actor("user-" + organizationId, "Staff of " + organizationId, organizationId, Set.of("COLLEGE"));
    }

    public static ForumDetails details(int capacity) {
        return new ForumDetails(TITLE, "Vientiane", "LA", List.of("zh", "en", "lo"), STARTS, ENDS,
                NOW.minus(1, ChronoUnit.DAYS), STARTS.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), capacity,
                List.of(new Session(Map.of("zh", "职业教育合作圆桌", "lo", "ໂຕະມົນ"),
                        LocalDateTime.parse("2027-01-10T09:30"), LocalDateTime.parse("2027-01-10T11:00"), "Hall A",
                        Math.min(capacity, 80))));
    }
}
