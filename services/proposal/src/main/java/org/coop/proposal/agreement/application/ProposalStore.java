package org.coop.proposal.agreement.application;

import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.proposal.agreement.domain.Proposal;
import org.coop.proposal.agreement.domain.ProposalStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The proposals and their pending events, written together (outbox), plus the list query. */
public interface ProposalStore {

    Mono<StoredProposal> find(String id);

    Mono<StoredProposal> insert(Proposal proposal, List<? extends DomainEvent> events);

    /** Fails with OptimisticLockingFailureException when the proposal changed since it was read. */
    Mono<StoredProposal> update(StoredProposal stored, List<? extends DomainEvent> events);

    /** Proposals {@code organizationId} is party to, newest first; {@code status} optional. */
    Flux<Proposal> ofParty(String organizationId, ProposalStatus status, int page, int size);
}
