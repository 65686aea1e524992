package org.coop.forum.registration.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coop.forum.common.application.Refusals;
import org.coop.forum.common.domain.Actor;
import org.coop.forum.common.domain.Refused;
import org.coop.forum.forum.application.ForumLookups;
import org.coop.forum.forum.application.ForumStore;
import org.coop.forum.forum.application.SeatLedger;
import org.coop.forum.forum.application.StoredForum;
import org.coop.forum.forum.domain.Forum;
import org.coop.forum.forum.domain.ForumStatus;
import org.coop.forum.registration.domain.Attendee;
import org.coop.forum.registration.domain.Registration;
import org.coop.forum.registration.domain.RegistrationStatus;
import org.coop.platform.events.approval.EvidenceRef;
import org.coop.platform.events.approval.TripApproved;
import org.coop.platform.events.approval.TripRejected;
import org.springframework.dao.DuplicateKeyException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Registration to forums: seats are claimed on the forum's {@link SeatLedger} (atomic, so a
 * burst cannot oversell), the outcome is written with its event through the outbox, and every
 * freed seat is offered to the waiting list at once (first registration in arrival order whose
 * whole party fits).
 */
public class RegistrationService {

    static final String KIND = "registration";
    private static final String FORUM_REGISTRATION = "FORUM_REGISTRATION";

    private final ForumStore forums;
    private final SeatLedger seats;
    private final RegistrationStore registrations;
    private final Clock clock;
    private final int maxDelegationMembers;
    private final int promotionScan;

    public RegistrationService(ForumStore forums, SeatLedger seats, RegistrationStore registrations, Clock clock,
                               int maxDelegationMembers, int promotionScan) {
        this.forums = forums;
        this.seats = seats;
        this.registrations = registrations;
        this.clock = clock;
        this.maxDelegationMembers = maxDelegationMembers;
        this.promotionScan = promotionScan;
    }

    /** Registers the caller's organization: CONFIRMED while seats remain, else WAITLISTED. */
    public Mono<Registration> register(Actor actor, String forumId, Registration.Kind kind, Attendee lead,
                                       List<Attendee> members) {
        return visibleForum(actor, forumId).flatMap(forum -> {
            forum.requireRegistrationOpen(clock.instant());
            Registration pending = Registration.request(UUID.randomUUID().toString(), forumId, actor, kind, lead,
                    members, maxDelegationMembers, clock.instant());
            return registrations.insert(pending)
                    .onErrorMap(DuplicateKeyException.class, duplicate -> Refused.wrongState(
                            "organization " + actor.organizationId() + " is already registered to forum " + forumId))
                    .flatMap(stored -> seat(stored, forum));
        }).onErrorMap(error -> Refusals.translate(error, KIND, "new"));
    }

    /** Claims the pending registration's seats and writes the outcome with its event. */
    private Mono<Registration> seat(StoredRegistration stored, Forum forum) {
        Registration pending = stored.registration();
        return seats.arrive(forum.getId(), pending.getId(), pending.seats())
                .flatMap(claim -> {
                    pending.seated(claim.arrival(), claim.seated(), clock.instant());
                    return registrations.update(stored, List.of(
                            RegistrationEvents.seated(pending, forum.getDetails(), clock.instant())));
                })
                // a seat freed while this one was being waitlisted must not stay empty
                .flatMap(saved -> saved.registration().getStatus() == RegistrationStatus.WAITLISTED
                        ? promote(forum.getId()).thenReturn(saved.registration()) : Mono.just(saved.registration()));
    }

    /**
     * Finishes registrations left PENDING by an instance that died between storing them and
     * writing their outcome: the claim is made again (a registration that already holds its seats
     * is answered seated, so none are taken twice) and the outcome written. Answers how many.
     */
    public Mono<Long> finishPending(Duration olderThan, int limit) {
        return registrations.pendingBefore(clock.instant().minus(olderThan), limit)
                .concatMap(stored -> forums.find(stored.registration().getForumId())
                        .flatMap(forum -> seat(stored, forum.forum())))
                .count();
    }

    /**
     * Repairs what a crash between the seat ledger and the registration's write leaves behind: a
     * cancelled registration still holding seats (cancelled, then the instance died before the
     * release) gives them back and the waiting list moves; a waitlisted one holding seats (taken
     * for its promotion, then the instance died) is promoted. Only registrations last changed
     * before {@code olderThan} ago, so live requests finish their own work; every step is keyed by
     * the registration, so a repair racing one of them still has one effect. Answers how many.
     */
    public Mono<Long> repairSeats(Duration olderThan) {
        Instant cutoff = clock.instant().minus(olderThan);
        return forums.publishedIds()
                .concatMap(forumId -> seats.holders(forumId)
                        .filter(holders -> !holders.isEmpty())
                        .flatMapMany(registrations::findAll)
                        .map(StoredRegistration::registration)
                        .concatMap(r -> repairSeatsOf(r, cutoff)))
                .count();
    }

    private Mono<Registration> repairSeatsOf(Registration r, Instant cutoff) {
        if (r.getStatus() == RegistrationStatus.CANCELLED && r.getCancelledAt().isBefore(cutoff)) {
            return seats.release(r.getForumId(), r.getId(), r.seats()).filter(Boolean::booleanValue)
                    .flatMap(released -> promote(r.getForumId()).thenReturn(r));
        }
        if (r.getStatus() == RegistrationStatus.WAITLISTED && r.getRegisteredAt().isBefore(cutoff)) {
            return forums.find(r.getForumId())
                    .flatMap(forum -> confirmPromotion(forum.forum(), r.getId()))
                    .then(registrations.find(r.getId()))
                    .filter(stored -> stored.registration().getStatus() == RegistrationStatus.CONFIRMED)
                    .map(StoredRegistration::registration);
        }
        return Mono.empty();
    }

    /** A registration its organization or the forum's organizer may see; others get 404. */
    public Mono<Registration> get(Actor actor, String forumId, String registrationId) {
        return registrations.find(registrationId).map(StoredRegistration::registration)
                .filter(r -> r.getForumId().equals(forumId))
                .filterWhen(r -> actor.belongsTo(r.getOrganizationId()) ? Mono.just(true)
                        : forums.find(forumId).map(f -> actor.isOrganizer()
                                && actor.belongsTo(f.forum().getOrganizerOrganizationId())))
                .switchIfEmpty(Mono.error(() -> Refusals.translate(Refusals.notFound(), KIND, registrationId)));
    }

    /** The caller's organization's live registration to the forum; 404 when there is none. */
    public Mono<Registration> mine(Actor actor, String forumId) {
        return visibleForum(actor, forumId)
                .flatMap(forum -> registrations.findLive(forumId, actor.organizationId()))
                .switchIfEmpty(Mono.error(() -> Refusals.translate(Refusals.notFound(), KIND, "mine")));
    }

    /** The forum's registrations in arrival order, for its organizer only. */
    public Flux<Registration> ofForum(Actor actor, String forumId, int page, int size) {
        return managedForum(actor, forumId).flatMapMany(forum -> registrations.ofForum(forumId, page, size));
    }

    /** The registrant organization cancels; confirmed seats go to the waiting list. */
    public Mono<Registration> cancel(Actor actor, String forumId, String registrationId) {
        return end(registrationId, Registration.CancelReason.BY_REGISTRANT,
                r -> r.getForumId().equals(forumId) && actor.belongsTo(r.getOrganizationId()))
                .switchIfEmpty(Mono.error(Refusals::notFound))
                .onErrorMap(error -> Refusals.translate(error, KIND, registrationId));
    }

    /** The organizer's staff checks a confirmed registration in, once (a second time is 409). */
    public Mono<Registration> checkIn(Actor actor, String forumId, String registrationId) {
        return managedForum(actor, forumId)
                .filter(forum -> forum.getStatus() == ForumStatus.PUBLISHED)
                .switchIfEmpty(Mono.error(() -> Refused.wrongState("forum " + forumId + " is not published")))
                .flatMap(forum -> Refusals.retryingRaces(() -> registrations.find(registrationId)
                        .filter(stored -> stored.registration().getForumId().equals(forumId))
                        .switchIfEmpty(Mono.error(Refusals::notFound))
                        .flatMap(stored -> {
                            stored.registration().checkIn(actor.userId(), clock.instant());
                            return registrations.update(stored,
                                    List.of(RegistrationEvents.checkedIn(stored.registration())));
                        })))
                .map(StoredRegistration::registration)
                .onErrorMap(error -> Refusals.translate(error, KIND, registrationId));
    }

    /**
     * Offers free seats to the forum's waiting list: each waitlisted registration in arrival order
     * whose whole party fits takes its seats (a delegation that does not fit keeps its place and
     * smaller registrations behind it may go first).
     */
    public Mono<Void> promote(String forumId) {
        return forums.find(forumId)
                .filter(stored -> stored.forum().getStatus() == ForumStatus.PUBLISHED)
                .flatMap(stored -> seats.left(forumId).filter(left -> left > 0).map(left -> stored.forum()))
                .flatMapMany(forum -> registrations.waitlisted(forumId, promotionScan)
                        .concatMap(candidate -> seats.take(forumId, candidate.getId(), candidate.seats())
                                .filter(Boolean::booleanValue)
                                .flatMap(taken -> confirmPromotion(forum, candidate.getId()))))
                .then();
    }

    private Mono<Void> confirmPromotion(Forum forum, String registrationId) {
        return Refusals.retryingRaces(() -> registrations.find(registrationId).flatMap(stored -> {
            Registration r = stored.registration();
            if (r.getStatus() == RegistrationStatus.CANCELLED) {
                // cancelled while its seats were being taken: give them back
                return seats.release(forum.getId(), r.getId(), r.seats()).then();
            }
            if (r.getStatus() != RegistrationStatus.WAITLISTED) {
                // already promoted (by the seat repair): nothing left to do
                return Mono.<Void>empty();
            }
            r.promote(clock.instant());
            return registrations.update(stored, RegistrationEvents.promoted(r, forum.getDetails())).then();
        }));
    }

    /** Approval cleared the travellers: the registrations named as the trip's evidence record it. */
    public Mono<Void> tripApproved(TripApproved trip) {
        return Flux.fromIterable(forumRegistrations(trip.evidence()))
                .concatMap(id -> Refusals.retryingRaces(() -> registrations.find(id)
                        .filter(stored -> stored.registration().getOrganizationId().equals(trip.collegeOrganizationId())
                                && stored.registration().isActive()
                                && stored.registration().clearTravel(trip.travellerUserIds()))
                        .flatMap(stored -> registrations.update(stored, List.of()))))
                .then();
    }

    /** Approval refused the trip: the registrations it was evidence for are cancelled and their seats released. */
    public Mono<Void> tripRejected(TripRejected trip) {
        return Flux.fromIterable(forumRegistrations(trip.evidence()))
                .concatMap(id -> end(id, Registration.CancelReason.TRIP_REJECTED,
                        r -> r.getOrganizationId().equals(trip.collegeOrganizationId()) && r.isActive()
                                && r.concernsAnyOf(trip.travellerUserIds())))
                .then();
    }

    private static List<String> forumRegistrations(List<EvidenceRef> evidence) {
        return evidence == null ? List.of() : evidence.stream()
                .filter(ref -> FORUM_REGISTRATION.equals(ref.kind())).map(EvidenceRef::id).distinct().toList();
    }

    /** Cancels the registration if {@code applies}; releases its seats and promotes the waiting list. */
    private Mono<Registration> end(String registrationId, Registration.CancelReason reason,
                                   java.util.function.Predicate<Registration> applies) {
        int[] released = new int[1];
        return Refusals.retryingRaces(() -> registrations.find(registrationId)
                        .filter(stored -> applies.test(stored.registration()))
                        .flatMap(stored -> {
                            released[0] = stored.registration().cancel(reason, clock.instant());
                            return registrations.update(stored,
                                    List.of(RegistrationEvents.cancelled(stored.registration(), released[0])));
                        }))
                .flatMap(saved -> {
                    Registration r = saved.registration();
                    return released[0] == 0 ? Mono.just(r)
                            : seats.release(r.getForumId(), r.getId(), released[0])
                                    .then(promote(r.getForumId())).thenReturn(r);
                });
    }

    private Mono<Forum> visibleForum(Actor actor, String forumId) {
        return ForumLookups.visible(forums, actor, forumId).map(StoredForum::forum);
    }

    private Mono<Forum> managedForum(Actor actor, String forumId) {
        return ForumLookups.managed(forums, actor, forumId).map(StoredForum::forum);
    }
}
