package org.coop.matchmaking.matches;

import org.coop.platform.security.PlatformPrincipal;
import reactor.core.publisher.Mono;

/**
 * Puts a need and a partner together on an officer's word. A port: the matching feature, which
 * scores pairs, implements it, so matches knows nothing of matching and matching may use matches.
 */
public interface MatchBroker {

    /**
     * Stores the pair as a match recommended by the officer, scored and explained; name either a
     * subscription or an offer.
     */
    Mono<MatchDocument> brokerPair(PlatformPrincipal officer, String needId, String subscriptionId, String offerId,
                                   String reason);
}
