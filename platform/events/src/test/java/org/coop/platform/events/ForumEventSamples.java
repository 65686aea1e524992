package org.coop.platform.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.coop.platform.events.forum.AttendeeCheckedIn;
import org.coop.platform.events.forum.ForumCancelled;
import org.coop.platform.events.forum.ForumPublished;
import org.coop.platform.events.forum.ForumRevised;
import org.coop.platform.events.forum.MeetingCancelled;
import org.coop.platform.events.forum.MeetingScheduled;
import org.coop.platform.events.forum.RegistrationCancelled;
import org.coop.platform.events.forum.RegistrationPromoted;
import org.coop.platform.events.forum.RegistrationWaitlisted;

/** The forum-event service's own events (RegistrationConfirmed is a shared sample), at the Vientiane exchange week. */
final class ForumEventSamples {

    private ForumEventSamples() {
    }

    static Map<Class<? extends DomainEvent>, DomainEvent> all(Instant now) {
        Map<String, String> title = Map.of("zh", "中国—东盟教育交流周", "en", "China-ASEAN Education Exchange Week");
        List<String> languages = List.of("zh", "en", "lo");
        LocalDate starts = LocalDate.parse("2027-03-10");
        LocalDate ends = LocalDate.parse("2027-03-12");
        Instant opens = Instant.parse("2026-12-01T00:00:00Z");
        Instant closes = Instant.parse("2027-02-28T16:00:00Z");
        List<String> delegation = List.of("user-lin-wei", "user-zhao-min");
        List<String> organizations = List.of("org-kunming-vocational", "org-vinfast-bacninh");
        LocalDateTime slot = LocalDateTime.parse("2027-03-11T10:00");
        return Map.of(
                ForumPublished.class, new ForumPublished("forum-1", "org-yn-forum", title, "Vientiane", "LA",
                        languages, starts, ends, opens, closes, 250, 6, now),
                ForumRevised.class, new ForumRevised("forum-1", 1, List.of("capacity"), title, "Vientiane", "LA",
                        languages, starts, ends, opens, closes, 300, now),
                ForumCancelled.class, new ForumCancelled("forum-1", "org-yn-forum", "venue unavailable", now),
                RegistrationWaitlisted.class, new RegistrationWaitlisted("registration-2", "forum-1",
                        "org-kunming-vocational", delegation, 2, 251, now),
                RegistrationPromoted.class, new RegistrationPromoted("registration-2", "forum-1",
                        "org-kunming-vocational", delegation, 2, now),
                RegistrationCancelled.class, new RegistrationCancelled("registration-2", "forum-1",
                        "org-kunming-vocational", delegation, "CONFIRMED", 2, "TRIP_REJECTED", now),
                AttendeeCheckedIn.class, new AttendeeCheckedIn("registration-2", "forum-1", "org-kunming-vocational",
                        delegation, "user-zhao-ning", now),
                MeetingScheduled.class, new MeetingScheduled("meeting-1", "forum-1", slot, slot.plusMinutes(30),
                        organizations, "org-kunming-vocational", "match-1", now),
                MeetingCancelled.class, new MeetingCancelled("meeting-1", "forum-1", slot, organizations,
                        "org-vinfast-bacninh", "flight delayed", now));
    }
}
