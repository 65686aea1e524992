package org.coop.forum.forum.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.coop.forum.common.application.Refusals;
import org.coop.forum.common.domain.Actor;
import org.coop.forum.common.domain.Refused;
import org.coop.forum.forum.domain.Forum;
import org.coop.forum.forum.domain.ForumDetails;
import org.coop.forum.forum.domain.ForumStatus;
import org.coop.platform.events.DomainEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Organizers create, publish, revise and cancel forums; everyone signed in reads published ones. */
public class ForumService {

    static final String KIND = "forum";

    private final ForumStore forums;
    private final SeatLedger seats;
    private final Clock clock;
    private final Function<String, Mono<Void>> promoteWaitlist;

    /** @param promoteWaitlist gives freed seats to the waiting list of a forum (after a capacity increase) */
    public ForumService(ForumStore forums, SeatLedger seats, Clock clock, Function<String, Mono<Void>> promoteWaitlist) {
        this.forums = forums;
        this.seats = seats;
        this.clock = clock;
        this.promoteWaitlist = promoteWaitlist;
    }

    public Mono<Forum> create(Actor organizer, ForumDetails details) {
        return Mono.fromCallable(() -> Forum.draft(UUID.randomUUID().toString(), organizer, details, clock.instant()))
                .flatMap(forums::insert)
                .map(StoredForum::forum)
                .onErrorMap(error -> Refusals.translate(error, KIND, "new"));
    }

    public Mono<Forum> get(Actor actor, String id) {
        return ForumLookups.visible(forums, actor, id).map(StoredForum::forum);
    }

    public Flux<Forum> list(Actor actor, String country, String status, int page, int size) {
        String organizer = ForumStatus.DRAFT.name().equals(status) ? actor.organizationId() : null;
        return forums.list(new ForumStore.ForumFilter(country, status, organizer), page, size);
    }

    public Mono<Forum> publish(Actor actor, String id) {
        return change(actor, id, forum -> {
            forum.publish(actor, clock.instant());
            return List.of(ForumEvents.published(forum));
        });
    }

    public Mono<Forum> cancel(Actor actor, String id, String reason) {
        return change(actor, id, forum -> {
            forum.cancel(actor, reason, clock.instant());
            return List.of(ForumEvents.cancelled(forum));
        });
    }

    /**
     * Revises a forum. A capacity change is first made on the seat ledger (refused when fewer seats
     * would remain than are confirmed), then in the forum; if the forum write loses, the ledger is
     * put back. More seats go to the waiting list at once.
     */
    public Mono<Forum> revise(Actor actor, String id, ForumDetails revised) {
        return Refusals.retryingRaces(() -> ForumLookups.visibleStored(forums, actor, id)
                        .flatMap(stored -> {
                            Forum forum = stored.forum();
                            int delta = revised.capacity() - forum.getDetails().capacity();
                            List<String> changed = forum.revise(actor, revised);
                            List<DomainEvent> events = forum.getStatus() == ForumStatus.PUBLISHED && !changed.isEmpty()
                                    ? List.of(ForumEvents.revised(forum, changed, clock.instant())) : List.of();
                            return resize(id, delta)
                                    .then(forums.update(stored, events)
                                            .onErrorResume(lost -> seats.resize(id, -delta).then(Mono.error(lost))))
                                    .flatMap(saved -> (delta > 0 ? promoteWaitlist.apply(id) : Mono.<Void>empty())
                                            .thenReturn(saved.forum()));
                        }))
                .onErrorMap(error -> Refusals.translate(error, KIND, id));
    }

    private Mono<Void> resize(String id, int delta) {
        if (delta == 0) {
            return Mono.empty();
        }
        return seats.resize(id, delta).flatMap(done -> done ? Mono.<Void>empty()
                : Mono.error(Refused.wrongState("capacity cannot go below the seats already confirmed")));
    }

    private Mono<Forum> change(Actor actor, String id, Function<Forum, List<? extends DomainEvent>> action) {
        return Refusals.retryingRaces(() -> ForumLookups.visibleStored(forums, actor, id)
                        .flatMap(stored -> forums.update(stored, action.apply(stored.forum()))))
                .map(StoredForum::forum)
                .onErrorMap(error -> Refusals.translate(error, KIND, id));
    }
}
