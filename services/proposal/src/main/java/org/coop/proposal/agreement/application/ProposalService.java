package org.coop.proposal.agreement.application;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.coop.platform.events.CooperationModel;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.web.ApiException;
import org.coop.platform.web.NotFoundException;
import org.coop.platform.web.ProblemTypes;
import org.coop.proposal.agreement.domain.AcceptedMatch;
import org.coop.proposal.agreement.domain.Actor;
import org.coop.proposal.agreement.domain.Content;
import org.coop.proposal.agreement.domain.Party;
import org.coop.proposal.agreement.domain.Proposal;
import org.coop.proposal.agreement.domain.ProposalStatus;
import org.coop.proposal.agreement.domain.ProposalVersion;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The proposal use cases. Visibility follows the platform's rule: a proposal the caller's
 * organization is not party to (and, for officers, not of their province) is "not found".
 */
public class ProposalService {

    static final String KIND = "proposal";
    private static final int WRITE_ATTEMPTS = 3;

    private final ProposalStore proposals;
    private final MatchReplica matches;
    private final Clock clock;

    public ProposalService(ProposalStore proposals, MatchReplica matches, Clock clock) {
        this.proposals = proposals;
        this.matches = matches;
        this.clock = clock;
    }

    /** A draft written from scratch by one of its parties. */
    public Mono<Proposal> draft(Actor by, CooperationModel mode, List<Party> parties, Content content) {
        return Mono.defer(() -> insert(by, new Proposal.Draft(mode, null, null, by.province(), parties, content)));
    }

    /**
     * A draft pre-filled from an accepted match (its parties and mode). A match this service has not
     * learned of, or one the caller's organization is not party to, is "not found" alike.
     */
    public Mono<Proposal> draftFromMatch(Actor by, String matchId, Map<String, String> organizationNames,
                                         Content content) {
        return matches.find(matchId)
                .filter(match -> match.involves(by.organizationId()))
                .switchIfEmpty(Mono.error(() -> unknownMatch(matchId)))
                .flatMap(match -> insert(by, fromMatch(match, by, organizationNames, content)));
    }

    private static Proposal.Draft fromMatch(AcceptedMatch match, Actor by, Map<String, String> names,
                                            Content content) {
        String province = match.province() != null ? match.province() : by.province();
        return new Proposal.Draft(match.mode(), match.matchId(), match.needId(), province,
                match.parties(names == null ? Map.of() : names), content);
    }

    private static ApiException unknownMatch(String matchId) {
        return new ApiException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found",
                "No accepted match " + matchId + " of your organization is known here. Accepted matches arrive"
                        + " from matchmaking within seconds of the acceptance; if it was just accepted, try again"
                        + " shortly");
    }

    private Mono<Proposal> insert(Actor by, Proposal.Draft draft) {
        return Mono.fromCallable(() -> Proposal.draft(UUID.randomUUID().toString(), draft, by, clock.instant()))
                .onErrorMap(Refusals::translate)
                .flatMap(proposal -> proposals.insert(proposal, List.of(ProposalEvents.drafted(proposal, by))))
                .map(StoredProposal::proposal);
    }

    public Mono<Proposal> get(Actor caller, String id) {
        return visible(caller, id).map(StoredProposal::proposal);
    }

    public Mono<List<ProposalVersion>> history(Actor caller, String id) {
        return get(caller, id).map(Proposal::getVersions);
    }

    /** The proposals the caller's organization is party to, newest first. */
    public Flux<Proposal> mine(Actor caller, ProposalStatus status, int page, int size) {
        return proposals.ofParty(caller.organizationId(), status, page, size);
    }

    public Mono<Proposal> revise(Actor caller, String id, int basedOn, Content content, List<Party> parties) {
        return change(caller, id, (proposal, now) -> List.of(ProposalEvents.revised(proposal, caller,
                proposal.revise(caller, basedOn, content, parties, now))));
    }

    /** Comments are part of the proposal's record, not facts other services need: no event. */
    public Mono<Proposal> comment(Actor caller, String id, String text, String field) {
        return change(caller, id, (proposal, now) -> {
            proposal.comment(caller, text, field, now);
            return List.of();
        });
    }

    public Mono<Proposal> submit(Actor caller, String id) {
        return change(caller, id, (proposal, now) -> {
            proposal.submit(caller, now);
            return List.of(ProposalEvents.submitted(proposal));
        });
    }

    public Mono<Proposal> sign(Actor caller, String id) {
        return change(caller, id, (proposal, now) -> ProposalEvents.signed(proposal, proposal.sign(caller, now)));
    }

    public Mono<Proposal> withdraw(Actor caller, String id, String reason) {
        return change(caller, id, (proposal, now) -> {
            proposal.withdraw(caller, reason, now);
            return List.of(ProposalEvents.withdrawn(proposal, caller));
        });
    }

    private Mono<StoredProposal> visible(Actor caller, String id) {
        return proposals.find(id)
                .filter(stored -> stored.proposal().isVisibleTo(caller))
                .switchIfEmpty(Mono.error(() -> new NotFoundException(KIND, id)));
    }

    /**
     * Reads, applies the action and writes the proposal with its events in one document write. A
     * concurrent write of someone else is retried from a fresh read, where the domain decides again
     * (a revision based on a version someone just replaced is then refused as stale).
     */
    private Mono<Proposal> change(Actor caller, String id,
                                  BiFunction<Proposal, java.time.Instant, List<? extends DomainEvent>> action) {
        return Mono.defer(() -> visible(caller, id).flatMap(stored -> {
                    List<? extends DomainEvent> events;
                    try {
                        events = action.apply(stored.proposal(), clock.instant());
                    } catch (RuntimeException refused) {
                        return Mono.error(Refusals.translate(refused));
                    }
                    return proposals.update(stored, events);
                }))
                .retryWhen(Retry.backoff(WRITE_ATTEMPTS, Duration.ofMillis(20))
                        .filter(OptimisticLockingFailureException.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                .map(StoredProposal::proposal);
    }
}
