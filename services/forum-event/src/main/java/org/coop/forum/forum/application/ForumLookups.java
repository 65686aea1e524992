package org.coop.forum.forum.application;

import org.coop.forum.common.application.Refusals;
import org.coop.forum.common.domain.Actor;
import reactor.core.publisher.Mono;

/**
 * The forum-level object rule in one place, for every feature: a forum the caller may not see
 * (another organizer's draft) or may not manage (another organization's forum) is "not found".
 */
public final class ForumLookups {

    private static final String KIND = "forum";

    private ForumLookups() {
    }

    /** The forum if the caller may see it; otherwise an untranslated NOT_FOUND refusal (for retried changes). */
    static Mono<StoredForum> visibleStored(ForumStore forums, Actor actor, String forumId) {
        return forums.find(forumId)
                .filter(stored -> stored.forum().visibleTo(actor))
                .switchIfEmpty(Mono.error(Refusals::notFound));
    }

    /** The forum if the caller may see it; otherwise 404. */
    public static Mono<StoredForum> visible(ForumStore forums, Actor actor, String forumId) {
        return visibleStored(forums, actor, forumId).onErrorMap(error -> Refusals.translate(error, KIND, forumId));
    }

    /** The forum if the caller is a forum organizer of its organization; otherwise 404. */
    public static Mono<StoredForum> managed(ForumStore forums, Actor actor, String forumId) {
        return forums.find(forumId)
                .filter(stored -> actor.isOrganizer() && actor.belongsTo(stored.forum().getOrganizerOrganizationId()))
                .switchIfEmpty(Mono.error(() -> Refusals.translate(Refusals.notFound(), KIND, forumId)));
    }
}
