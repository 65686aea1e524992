package org.coop.forum.forum.application;

import java.util.List;
import org.coop.forum.forum.domain.Forum;
import org.coop.platform.events.DomainEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Forums and their events (same document write). */
public interface ForumStore {

    /** Stores a new forum with its seat ledger opened at the forum's capacity. */
    Mono<StoredForum> insert(Forum forum);

    /** Writes the forum and appends its events, if nobody changed it since it was read. */
    Mono<StoredForum> update(StoredForum stored, List<? extends DomainEvent> events);

    Mono<StoredForum> find(String id);

    /** The ids of every published forum (the seat repair walks them). */
    Flux<String> publishedIds();

    /**
     * Published and cancelled forums (and, when {@code organizerOrganizationId} is given, that
     * organizer's drafts), sorted by start date then id.
     */
    Flux<Forum> list(ForumFilter filter, int page, int size);

    /** Optional filters of the forum list; null means any. */
    record ForumFilter(String country, String status, String organizerOrganizationId) {
    }
}
