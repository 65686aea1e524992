package org.coop.proposal.agreement.application;

import org.coop.proposal.agreement.domain.AcceptedMatch;
import reactor.core.publisher.Mono;

/** The local replica of accepted matches, learned from matchmaking's MatchAccepted events. */
public interface MatchReplica {

    /** Records (or overwrites with itself) a match, keyed by its id: a replay changes nothing. */
    Mono<Void> record(AcceptedMatch match);

    Mono<AcceptedMatch> find(String matchId);
}
