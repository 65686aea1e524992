package org.coop.approval.trip.application;

import org.coop.approval.trip.domain.Delegation;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Delegations between approvers (plain documents; they carry no events). */
public interface DelegationStore {

    Mono<Delegation> save(Delegation delegation);

    Mono<Delegation> find(String id);

    /** Delegations to {@code delegateUserId} not revoked (the caller checks the dates). */
    Flux<Delegation> toDelegate(String delegateUserId);

    /** Delegations given by or to a user inside {@code organizationId} (the delegator's), newest first. */
    Flux<Delegation> involving(String userId, String organizationId, int page, int size);
}
