package org.coop.forum.forum.adapter.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.coop.forum.forum.domain.ForumDetails;
import org.coop.forum.forum.domain.Session;

/**
 * Request bodies of the forum API. Sizes here are sanity limits; the forum's own rules (bilingual
 * title, ISO country, dates, sessions within them) are checked by {@link ForumDetails} and
 * answered field by field.
 */
public final class ForumRequests {

    private ForumRequests() {
    }

    public record SessionBody(@Size(max = 8) Map<String, @Size(max = 200) String> title, LocalDateTime startsAt,
                              LocalDateTime endsAt, @Size(max = 100) String room, @Max(100_000) int capacity) {

        Session toSession() {
            return new Session(title, startsAt, endsAt, room, capacity);
        }
    }

    /** A forum's details, for creating a draft or revising it (the whole set each time). */
    public record ForumBody(
            @Size(max = 8) Map<String, @Size(max = 200) String> title,
            @Size(max = 100) String city,
            @Size(max = 2) String country,
            @Size(max = 7) List<@NotNull String> languages,
            LocalDate startsOn,
            LocalDate endsOn,
            Instant registrationOpensAt,
            Instant registrationClosesAt,
            @Max(100_000) int capacity,
            @Size(max = ForumDetails.MAX_SESSIONS) List<@Valid @NotNull SessionBody> sessions) {

        ForumDetails toDetails() {
            return new ForumDetails(title, city, country, languages, startsOn, endsOn, registrationOpensAt,
                    registrationClosesAt, capacity,
                    sessions == null ? List.of() : sessions.stream().map(SessionBody::toSession).toList());
        }
    }

    public record CancelBody(@Size(max = 2000) String reason) {
    }
}
