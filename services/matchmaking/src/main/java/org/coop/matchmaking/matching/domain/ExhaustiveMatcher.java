package org.coop.matchmaking.matching.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The reference answer: every partner checked one by one with the plainly written hard rules of
 * {@link MatchEngine#accepts}, then scored. Slow by design; tests and benchmarks compare the
 * index against it, and the service uses it for the small sets where no index pays (the open
 * needs a new subscription or offer is compared with, after the store has filtered them).
 */
public final class ExhaustiveMatcher {

    private final MatchEngine engine;

    public ExhaustiveMatcher(MatchEngine engine) {
        this.engine = engine;
    }

    public List<ScoredMatch> match(NeedProfile need, Collection<MatchEngine.PreparedPartner> partners) {
        MatchEngine.PreparedNeed prepared = engine.prepare(need);
        List<ScoredMatch> matches = new ArrayList<>();
        for (MatchEngine.PreparedPartner partner : partners) {
            if (engine.accepts(need, partner.profile())) {
                ScoredMatch match = engine.score(prepared, partner);
                if (match != null) {
                    matches.add(match);
                }
            }
        }
        matches.sort(ScoredMatch::byScoreThenId);
        return matches;
    }
}
