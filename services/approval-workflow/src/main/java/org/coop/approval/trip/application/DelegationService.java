package org.coop.approval.trip.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coop.approval.directory.application.Directory;
import org.coop.approval.directory.application.Member;
import org.coop.approval.policy.application.PolicyService;
import org.coop.approval.policy.domain.Actor;
import org.coop.approval.policy.domain.TripPolicy;
import org.coop.approval.trip.domain.Delegation;
import org.coop.platform.web.BadRequestException;
import org.coop.platform.web.NotFoundException;
import org.coop.platform.web.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Approvers hand their decisions to a colleague for a date range. The delegate must be an
 * enabled account of the delegator's own organization, as the directory says, and hold what the
 * delegator's steps need ({@link Delegation#approversBeyond}); the delegate then acts with the
 * delegator's roles and positions as they were when delegating.
 */
public class DelegationService {

    static final String DELEGATE_FIELD = "delegateUserId";

    private final DelegationStore store;
    private final PolicyService policies;
    private final Directory directory;
    private final Clock clock;

    public DelegationService(DelegationStore store, PolicyService policies, Directory directory, Clock clock) {
        this.store = store;
        this.policies = policies;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * @param delegateReference the delegate's account id or username; stored as the account id
     * @param delegateName the name the delegator gave, kept as given
     */
    public Mono<Delegation> delegate(Actor delegator, String delegateReference, String delegateName, LocalDate from,
                                     LocalDate to, String reason) {
        if (to.isBefore(from)) {
            return Mono.error(new BadRequestException(new BadRequestException.FieldError("to",
                    "the delegation ends (" + to + ") before it starts (" + from + ")", "range")));
        }
        if (to.isBefore(LocalDate.now(clock))) {
            return Mono.error(new BadRequestException(new BadRequestException.FieldError("to",
                    "the delegation would already be over", "range")));
        }
        if (delegator.isNamedBy(delegateReference)) {
            return Mono.error(selfDelegation());
        }
        return policies.active().flatMap(policy -> {
            if (policy.approversOf(delegator).isEmpty()) {
                return Mono.error(new RuleViolationException("you decide no step under policy " + policy.version()
                        + ", so there is nothing to delegate", List.of(new RuleViolationException.Violation(
                        "delegator-decides-nothing", "you decide no step under policy " + policy.version(),
                        Map.of("policyVersion", policy.version())))));
            }
            return directory.membersOf(delegator.organizationId(), List.of(delegateReference))
                    .flatMap(found -> delegateTo(policy, delegator, found.get(delegateReference), delegateName, from,
                            to, reason));
        });
    }

    private Mono<Delegation> delegateTo(TripPolicy policy, Actor delegator, Member member, String delegateName,
                                        LocalDate from, LocalDate to, String reason) {
        // Unknown, of another organization, or disabled: one answer, so nobody learns who exists elsewhere.
        if (member == null || !member.isActiveIn(delegator.organizationId())) {
            return Mono.error(new BadRequestException(new BadRequestException.FieldError(DELEGATE_FIELD,
                    "names no active account of your organization", "not-a-member")));
        }
        if (member.accountId().equals(delegator.userId())) {
            return Mono.error(selfDelegation());
        }
        Actor delegate = new Actor(member.accountId(), delegateName, delegator.organizationId(),
                delegator.organizationKind(), delegator.province(), member.roles(), member.positions(),
                member.username());
        List<String> beyond = Delegation.approversBeyond(policy, delegator, delegate);
        if (!beyond.isEmpty()) {
            String needs = String.join("; ", beyond.stream().map(name -> needs(policy, name)).toList());
            String message = member.username() + " does not hold what deciding as " + String.join(", ", beyond)
                    + " needs (" + needs + ")";
            return Mono.error(new RuleViolationException(message, List.of(new RuleViolationException.Violation(
                    "delegate-positions", message,
                    Map.of("field", DELEGATE_FIELD, "approvers", beyond, "delegatePositions",
                            member.positions().stream().sorted().toList())))));
        }
        return store.save(new Delegation(UUID.randomUUID().toString(), delegator, member.accountId(), delegateName,
                from, to, reason, clock.instant(), null));
    }

    /** What deciding for approver {@code name} takes, e.g. {@code COLLEGE/INTERNATIONAL_OFFICE@college or ...}. */
    private static String needs(TripPolicy policy, String name) {
        var spec = policy.approvers().get(name);
        var next = spec.escalateTo() == null ? null : policy.approvers().get(spec.escalateTo());
        return spec.describe() + (next == null ? "" : " or " + next.describe());
    }

    private static BadRequestException selfDelegation() {
        return new BadRequestException(new BadRequestException.FieldError(DELEGATE_FIELD,
                "an approver cannot delegate to themselves", "self"));
    }

    /** Delegations the caller gave or received inside their own organization. */
    public Flux<Delegation> mine(Actor caller, int page, int size) {
        return store.involving(caller.userId(), caller.organizationId(), page, size);
    }

    /** Only the delegator revokes; someone else's delegation is "not found". */
    public Mono<Delegation> revoke(Actor caller, String id) {
        return store.find(id)
                .filter(delegation -> delegation.delegator().organizationId().equals(caller.organizationId()))
                .filter(delegation -> delegation.delegator().userId().equals(caller.userId())
                        || delegation.delegateUserId().equals(caller.userId()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("delegation", id)))
                .flatMap(delegation -> {
                    if (!delegation.delegator().userId().equals(caller.userId())) {
                        return Mono.error(new AccessDeniedException("only the delegator revokes a delegation"));
                    }
                    return store.save(delegation.revoke(clock.instant()));
                });
    }
}
