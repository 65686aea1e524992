package org.coop.approval.trip.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.coop.approval.directory.application.Directory;
import org.coop.approval.directory.application.Member;
import org.coop.approval.policy.application.PolicyService;
import org.coop.approval.policy.domain.Actor;
import org.coop.approval.policy.domain.ApproverSpec;
import org.coop.approval.policy.domain.TripPolicy;
import org.coop.approval.trip.domain.Assessment;
import org.coop.approval.trip.domain.Attachment;
import org.coop.approval.trip.domain.Delegation;
import org.coop.approval.trip.domain.Outcome;
import org.coop.approval.trip.domain.Traveller;
import org.coop.approval.trip.domain.Trip;
import org.coop.approval.trip.domain.TripDraft;
import org.coop.approval.trip.domain.TripRefused;
import org.coop.approval.trip.domain.TripRules;
import org.coop.approval.trip.domain.TripStatus;
import org.coop.approval.trip.domain.Violation;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.web.BadRequestException;
import org.coop.platform.web.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The trip use cases: check, submit, decide, recall, resubmit, report, and the queries around
 * them. Visibility follows the platform's rule: a trip of another college, or of another
 * province for an officer, is "not found".
 */
public class TripService {

    static final String COLLEGE = "COLLEGE";
    static final String GOV_OFFICER = "GOV_OFFICER";

    private final PolicyService policies;
    private final TripStore trips;
    private final EvidenceStore evidence;
    private final DelegationStore delegations;
    private final PlanLedger plan;
    private final Directory directory;
    private final Clock clock;

    /** A place reserved longer ago than this without a trip behind it was left by a failed submission. */
    static final Duration UNCLAIMED_PLACE = Duration.ofMinutes(2);

    public TripService(PolicyService policies, TripStore trips, EvidenceStore evidence, DelegationStore delegations,
                       PlanLedger plan, Directory directory, Clock clock) {
        this.policies = policies;
        this.trips = trips;
        this.evidence = evidence;
        this.delegations = delegations;
        this.plan = plan;
        this.directory = directory;
        this.clock = clock;
    }

    /** Judges a draft against the active policy and the directory without storing anything. */
    public Mono<Assessment> check(Actor requester, TripDraft draft) {
        return policies.active().flatMap(policy -> withAccounts(draft)
                .flatMap(resolved -> assess(policy, resolved.draft()).map(found -> found.plus(resolved.violations()))));
    }

    /** A draft whose travellers are named by account id, and the travellers who are no account of the college. */
    private record Resolved(TripDraft draft, List<Violation> violations) {
    }

    /**
     * Asks the directory who the travellers are (by account id or username, as the requester gave
     * them) and names each by their account id, the identifier tokens carry, so segregation of
     * duties compares like with like. A traveller who is no active account of the college is a
     * violation; when the directory cannot answer, the request fails with 503.
     */
    private Mono<Resolved> withAccounts(TripDraft draft) {
        List<String> references = draft.travellers().stream().map(Traveller::userId).distinct().toList();
        if (references.isEmpty()) {
            return Mono.just(new Resolved(draft, List.of()));
        }
        String college = draft.collegeOrganizationId();
        return directory.membersOf(college, references).map(found -> {
            List<Traveller> travellers = new ArrayList<>();
            List<Violation> violations = new ArrayList<>();
            for (int i = 0; i < draft.travellers().size(); i++) {
                Traveller traveller = draft.travellers().get(i);
                Member member = found.get(traveller.userId());
                if (member != null && member.isActiveIn(college)) {
                    travellers.add(traveller.asAccount(member.accountId(), member.username()));
                } else {
                    travellers.add(traveller);
                    violations.add(TripRules.notAnAccountOfTheCollege(draft, i));
                }
            }
            return new Resolved(draft.withTravellers(travellers), List.copyOf(violations));
        });
    }

    private Mono<Assessment> assess(TripPolicy policy, TripDraft draft) {
        return assess(policy, draft, 0);
    }

    /** Judges the draft with the plan usage as stored, or {@code atLeastUsed} if that is higher. */
    private Mono<Assessment> assess(TripPolicy policy, TripDraft draft, int atLeastUsed) {
        LocalDate today = today(policy);
        List<String> keys = draft.evidence().stream().map(link -> link.kind() + ":" + link.id()).toList();
        Mono<Integer> used = draft.inPlan() ? placesUsed(draft.collegeOrganizationId(), planYear(draft, today),
                policy.annualPlan().quotaOf(draft.collegeOrganizationId())) : Mono.just(0);
        return Mono.zip(evidence.findAll(keys), used)
                .map(found -> TripRules.assess(policy, draft, found.getT1(), Math.max(found.getT2(), atLeastUsed),
                        today));
    }

    /** The places taken; when they fill the quota, after giving back those no trip holds any more. */
    private Mono<Integer> placesUsed(String college, int year, int quota) {
        return plan.used(college, year).flatMap(used -> used < quota ? Mono.just(used)
                : dropUnheldPlaces(college, year).then(plan.used(college, year)));
    }

    private LocalDate today(TripPolicy policy) {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of(policy.timeZone()));
    }

    private static int planYear(TripDraft draft, LocalDate today) {
        return draft.departureDate() == null ? today.getYear() : draft.departureDate().getYear();
    }

    /**
     * Submits a trip: 422 with every broken rule, and nothing stored, unless it passes. An in-plan
     * trip first takes its place in the college's annual plan (an atomic write, so concurrent
     * submissions cannot overrun the quota), then is stored; if storing fails the place is given back.
     */
    public Mono<Trip> submit(Actor requester, TripDraft requested) {
        return policies.active().flatMap(policy -> withAccounts(requested).flatMap(resolved -> {
            TripDraft draft = resolved.draft();
            return assess(policy, draft).map(found -> found.plus(resolved.violations()))
                    .flatMap(assessment -> submitAssessed(policy, requester, draft, assessment));
        }));
    }

    private Mono<Trip> submitAssessed(TripPolicy policy, Actor requester, TripDraft draft, Assessment assessment) {
        if (!assessment.passes()) {
            return Mono.error(Refusals.ruleViolations(assessment.violations()));
        }
        Trip trip = Trip.submit(UUID.randomUUID().toString(), draft, assessment, policy, requester,
                clock.instant());
        Mono<Trip> store = Mono.defer(() -> trips.insert(trip, List.of(TripEvents.requested(trip))))
                .map(StoredTrip::trip);
        if (!draft.inPlan()) {
            return store;
        }
        String college = draft.collegeOrganizationId();
        int year = planYear(draft, today(policy));
        int quota = policy.annualPlan().quotaOf(college);
        return takePlace(college, year, trip.getId(), quota).flatMap(taken -> taken
                ? store.onErrorResume(failure -> plan.release(college, year, trip.getId())
                        .onErrorResume(releaseFailed -> Mono.empty())
                        .then(Mono.error(failure)))
                : assess(policy, draft, quota).flatMap(full ->
                        Mono.error(Refusals.ruleViolations(full.violations()))));
    }

    /** Reserves a place; when the plan looks full, drops places no trip holds any more and tries once more. */
    private Mono<Boolean> takePlace(String college, int year, String tripId, int quota) {
        return plan.reserve(college, year, tripId, quota, clock.instant())
                .flatMap(taken -> taken ? Mono.just(true)
                        : dropUnheldPlaces(college, year)
                                .then(plan.reserve(college, year, tripId, quota, clock.instant())));
    }

    /**
     * Gives back places whose trip was rejected, or was never stored (a submission that failed
     * between the reservation and the insert, e.g. a crash); recent reservations are left alone,
     * their trips may be on the way.
     */
    private Mono<Void> dropUnheldPlaces(String college, int year) {
        Instant settled = clock.instant().minus(UNCLAIMED_PLACE);
        return plan.reservations(college, year)
                .flatMapMany(Flux::fromIterable)
                .filter(place -> place.reservedAt() == null || place.reservedAt().isBefore(settled))
                .concatMap(place -> trips.find(place.tripId())
                        .map(stored -> stored.trip().getStatus() == TripStatus.REJECTED)
                        .defaultIfEmpty(true)
                        .filter(unheld -> unheld)
                        .flatMap(unheld -> plan.release(college, year, place.tripId())))
                .then();
    }

    public Mono<Trip> get(Actor caller, String id) {
        return visible(caller, id).map(StoredTrip::trip);
    }

    public Flux<Trip> list(Actor caller, String status, int page, int size) {
        if (status != null && Set.of(TripStatus.values()).stream().noneMatch(s -> s.name().equals(status))) {
            return Flux.error(new BadRequestException(new BadRequestException.FieldError("status",
                    "unknown status '" + status + "'", "unknown-value")));
        }
        TripStore.TripFilter filter = caller.roles().contains(GOV_OFFICER)
                ? new TripStore.TripFilter(null, caller.province(), status)
                : new TripStore.TripFilter(caller.organizationId(), null, status);
        return trips.list(filter, page, size);
    }

    /** What the decision is: approve, reject (reason), or return to a step (comment). */
    public record Decision(String action, String comment, String reason, Integer toStep) {
    }

    public Mono<Trip> decide(Actor caller, String id, Decision decision) {
        return change(caller, id, (trip, delegated) -> {
            Instant now = clock.instant();
            Outcome outcome = switch (decision.action()) {
                case "APPROVE" -> trip.approve(caller, delegated, decision.comment(), now);
                case "REJECT" -> trip.reject(caller, delegated, decision.reason(), now);
                case "RETURN" -> {
                    if (decision.toStep() == null) {
                        throw new TripRefused(TripRefused.Reason.INVALID, "toStep", "a return names the step to return to");
                    }
                    yield trip.returnTo(caller, delegated, decision.toStep(), decision.comment(), now);
                }
                default -> throw new TripRefused(TripRefused.Reason.INVALID, "action",
                        "action must be APPROVE, REJECT or RETURN");
            };
            return TripEvents.of(trip, outcome, now);
        }).flatMap(this::givePlaceBackIfRejected);
    }

    /**
     * A rejected in-plan trip no longer counts against the plan. Best effort: if this write fails,
     * the next submission that finds the plan full gives the place back ({@link #dropUnheldPlaces}).
     */
    private Mono<Trip> givePlaceBackIfRejected(Trip trip) {
        if (trip.getStatus() != TripStatus.REJECTED || !trip.isInPlan() || trip.getDepartureDate() == null) {
            return Mono.just(trip);
        }
        return plan.release(trip.getCollegeOrganizationId(), trip.getDepartureDate().getYear(), trip.getId())
                .onErrorResume(failure -> Mono.empty())
                .thenReturn(trip);
    }

    public Mono<Trip> recall(Actor caller, String id, String comment) {
        return change(caller, id, (trip, delegated) ->
                TripEvents.of(trip, trip.recall(caller, comment, clock.instant()), clock.instant()));
    }

    public Mono<Trip> resubmit(Actor caller, String id, String comment, List<Attachment> attachments) {
        return change(caller, id, (trip, delegated) ->
                TripEvents.of(trip, trip.resubmit(caller, comment, attachments, clock.instant()), clock.instant()));
    }

    public Mono<Trip> fileReport(Actor caller, String id, String text, String publicSummary) {
        return change(caller, id, (trip, delegated) -> TripEvents.of(trip,
                trip.fileReport(caller, text, publicSummary, clock.instant()), clock.instant()));
    }

    /**
     * Reads the trip (visible to the caller), applies the change and writes it with its events; a
     * concurrent write (another approver, a timer) makes it read and apply again.
     */
    private Mono<Trip> change(Actor caller, String id, BiFunction<Trip, List<Delegation>, List<DomainEvent>> action) {
        return Mono.defer(() -> visible(caller, id)
                        .flatMap(stored -> delegationsNeeded(caller, stored.trip())
                                .flatMap(delegated -> trips.update(stored, action.apply(stored.trip(), delegated)))))
                .retryWhen(Retry.backoff(4, Duration.ofMillis(20))
                        .filter(OptimisticLockingFailureException.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                .map(StoredTrip::trip)
                .onErrorMap(Refusals::translate);
    }

    /**
     * Delegations matter only when the caller cannot decide in their own name; most decisions
     * skip the look-up.
     */
    private Mono<List<Delegation>> delegationsNeeded(Actor caller, Trip trip) {
        if (trip.getStatus() != TripStatus.IN_REVIEW || trip.canDecide(caller, List.of(), clock.instant())) {
            return Mono.just(List.of());
        }
        return activeDelegationsTo(caller);
    }

    private Mono<List<Delegation>> activeDelegationsTo(Actor caller) {
        LocalDate today = LocalDate.now(clock);
        return delegations.toDelegate(caller.userId())
                .filter(delegation -> !delegation.to().isBefore(today.minusDays(1)))
                .collectList();
    }

    /** The trip if the caller may see it: its college's staff, or an officer of its province. */
    Mono<StoredTrip> visible(Actor caller, String id) {
        return trips.find(id)
                .filter(stored -> canSee(caller, stored.trip()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("trip", id)));
    }

    static boolean canSee(Actor caller, Trip trip) {
        if (caller.roles().contains(COLLEGE) && caller.organizationId().equals(trip.getCollegeOrganizationId())) {
            return true;
        }
        return caller.roles().contains(GOV_OFFICER) && trip.getProvince() != null
                && trip.getProvince().equals(caller.province());
    }

    /** Trips whose current step waits for the caller (or someone they stand in for), soonest due first. */
    public Flux<Task> tasks(Actor caller, int page, int size) {
        return activeDelegationsTo(caller).flatMapMany(delegated -> {
            Set<String> keys = new java.util.HashSet<>(ApproverSpec.keysOf(caller));
            // A day either side: delegations are dated in the policy's time zone, the exact check is the trip's.
            LocalDate today = LocalDate.now(clock);
            for (Delegation delegation : delegated) {
                if (delegation.revokedAt() == null && !delegation.to().isBefore(today.minusDays(1))
                        && !delegation.from().isAfter(today.plusDays(1))
                        && delegation.delegator().organizationId().equals(caller.organizationId())) {
                    keys.addAll(ApproverSpec.keysOf(delegation.delegator()));
                }
            }
            Instant now = clock.instant();
            // Over-fetch a little: a key match is necessary, canDecide (all-of, delegation dates) is sufficient.
            return trips.waitingFor(keys, caller.userId(), page, size)
                    .filter(trip -> trip.canDecide(caller, delegated, now))
                    .map(trip -> Task.of(trip, now));
        });
    }

    /** One trip waiting for a decision of the caller. */
    public record Task(String tripId, String collegeOrganizationId, String requesterName, List<String> destinations,
                       LocalDate departureDate, String track, int stepIndex, String stepName, Instant dueAt,
                       boolean overdue, boolean escalated, Instant reminderSentAt) {

        static Task of(Trip trip, Instant now) {
            var step = trip.currentStepOrNull();
            return new Task(trip.getId(), trip.getCollegeOrganizationId(), trip.getRequesterName(),
                    trip.getDestinations(), trip.getDepartureDate(), trip.getTrack().name(), step.getIndex(),
                    step.getName(), step.getDueAt(), now.isAfter(step.getDueAt()), step.isEscalated(),
                    step.getReminderSentAt());
        }
    }

    public Flux<Trip> overdueReports(Actor officer, int page, int size) {
        requireOfficer(officer);
        return trips.overdueReports(officer.province(), LocalDate.now(clock), page, size);
    }

    static void requireOfficer(Actor caller) {
        if (!caller.roles().contains(GOV_OFFICER) || caller.province() == null) {
            throw new AccessDeniedException("this needs a government officer of a province");
        }
    }

    /** The published fields of an approved trip, for anyone (no token). */
    public Mono<java.util.Map<String, Object>> publicSummary(String id) {
        return trips.find(id)
                .map(StoredTrip::trip)
                .filter(trip -> trip.getStatus() == TripStatus.APPROVED)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("published trip", id)))
                .map(Trip::publicSummary);
    }
}
