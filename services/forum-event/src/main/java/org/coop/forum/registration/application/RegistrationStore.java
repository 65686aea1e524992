package org.coop.forum.registration.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.coop.forum.registration.domain.Registration;
import org.coop.platform.events.DomainEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Registrations and their events (same document write). */
public interface RegistrationStore {

    /**
     * Stores a new (pending) registration. An organization holds one live registration per forum:
     * a second one fails with {@link org.springframework.dao.DuplicateKeyException} (a unique index).
     */
    Mono<StoredRegistration> insert(Registration registration);

    Mono<StoredRegistration> update(StoredRegistration stored, List<? extends DomainEvent> events);

    Mono<StoredRegistration> find(String id);

    /** The registrations with these ids (those that exist). */
    Flux<StoredRegistration> findAll(Collection<String> ids);

    /** The organization's live (not cancelled) registration to the forum, if any. */
    Mono<Registration> findLive(String forumId, String organizationId);

    /** The forum's registrations in arrival order (pending ones last). */
    Flux<Registration> ofForum(String forumId, int page, int size);

    /** Registrations still PENDING that were registered before {@code cutoff}, at most {@code limit}. */
    Flux<StoredRegistration> pendingBefore(Instant cutoff, int limit);

    /** The forum's waitlisted registrations in arrival order, at most {@code limit}. */
    Flux<Registration> waitlisted(String forumId, int limit);

    /** Those of {@code organizationIds} holding a confirmed registration to the forum. */
    Mono<Set<String>> confirmedAmong(String forumId, Collection<String> organizationIds);
}
