package org.coop.forum.forum.application;

import java.time.Instant;
import java.util.List;
import org.coop.forum.forum.domain.Forum;
import org.coop.forum.forum.domain.ForumDetails;
import org.coop.platform.events.forum.ForumCancelled;
import org.coop.platform.events.forum.ForumPublished;
import org.coop.platform.events.forum.ForumRevised;

/** The forum's lifecycle as the platform's event records. */
final class ForumEvents {

    private ForumEvents() {
    }

    static ForumPublished published(Forum forum) {
        ForumDetails d = forum.getDetails();
        return new ForumPublished(forum.getId(), forum.getOrganizerOrganizationId(), d.title(), d.city(), d.country(),
                d.languages(), d.startsOn(), d.endsOn(), d.registrationOpensAt(), d.registrationClosesAt(),
                d.capacity(), d.sessions().size(), forum.getPublishedAt());
    }

    static ForumRevised revised(Forum forum, List<String> changed, Instant now) {
        ForumDetails d = forum.getDetails();
        return new ForumRevised(forum.getId(), forum.getRevision(), changed, d.title(), d.city(), d.country(),
                d.languages(), d.startsOn(), d.endsOn(), d.registrationOpensAt(), d.registrationClosesAt(),
                d.capacity(), now);
    }

    static ForumCancelled cancelled(Forum forum) {
        return new ForumCancelled(forum.getId(), forum.getOrganizerOrganizationId(), forum.getCancelReason(),
                forum.getCancelledAt());
    }
}
