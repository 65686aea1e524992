package org.coop.forum.forum.adapter.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coop.forum.forum.domain.Forum;
import org.coop.forum.forum.domain.ForumDetails;
import org.coop.forum.forum.domain.Session;

/** A forum as the API answers it. */
public record ForumView(String id, String organizerOrganizationId, String status, int revision,
                        Map<String, String> title, String city, String country, List<String> languages,
                        LocalDate startsOn, LocalDate endsOn, Instant registrationOpensAt,
                        Instant registrationClosesAt, int capacity, List<Session> sessions, Instant publishedAt,
                        Instant cancelledAt, String cancelReason) {

    static ForumView of(Forum forum) {
        ForumDetails d = forum.getDetails();
        return new ForumView(forum.getId(), forum.getOrganizerOrganizationId(), forum.getStatus().name(),
                forum.getRevision(), d.title(), d.city(), d.country(), d.languages(), d.startsOn(), d.endsOn(),
                d.registrationOpensAt(), d.registrationClosesAt(), d.capacity(), d.sessions(), forum.getPublishedAt(),
                forum.getCancelledAt(), forum.getCancelReason());
    }
}
