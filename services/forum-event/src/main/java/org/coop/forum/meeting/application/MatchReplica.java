package org.coop.forum.meeting.application;

import org.coop.forum.meeting.domain.AcceptedMatch;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The local replica of accepted matches (from matchmaking's MatchAccepted), keyed by match id. */
public interface MatchReplica {

    /** Records (or refreshes) a match; a replay writes the same document again. */
    Mono<Void> record(AcceptedMatch match);

    /** The accepted matches the organization is a party of. */
    Flux<AcceptedMatch> of(String organizationId);
}
