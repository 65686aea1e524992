package org.coop.approval.trip.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.coop.approval.policy.domain.Actor;
import org.coop.approval.trip.domain.Delegation;
import org.coop.platform.web.BadRequestException;
import org.coop.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Approvers hand their decisions to a colleague of the same organization for a date range. The
 * delegate acts with the delegator's roles and positions as they were when delegating.
 */
public class DelegationService {

    private final DelegationStore store;
    private final Clock clock;

    public DelegationService(DelegationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Mono<Delegation> delegate(Actor delegator, String delegateUserId, String delegateName, LocalDate from,
                                     LocalDate to, String reason) {
        if (to.isBefore(from)) {
            return Mono.error(new BadRequestException(new BadRequestException.FieldError("to",
                    "the delegation ends (" + to + ") before it starts (" + from + ")", "range")));
        }
        if (to.isBefore(LocalDate.now(clock))) {
            return Mono.error(new BadRequestException(new BadRequestException.FieldError("to",
                    "the delegation would already be over", "range")));
        }
        if (delegateUserId.equals(delegator.userId())) {
            return Mono.error(new BadRequestException(new BadRequestException.FieldError("delegateUserId",
                    "an approver cannot delegate to themselves", "self")));
        }
        return store.save(new Delegation(UUID.randomUUID().toString(), delegator, delegateUserId, delegateName, from,
                to, reason, clock.instant(), null));
    }

    public Flux<Delegation> mine(Actor caller, int page, int size) {
        return store.involving(caller.userId(), page, size);
    }

    /** Only the delegator revokes; someone else's delegation is "not found". */
    public Mono<Delegation> revoke(Actor caller, String id) {
        return store.find(id)
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
