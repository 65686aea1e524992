package org.coop.matchmaking.bench;

import java.util.List;
import org.coop.matchmaking.matching.domain.MatchEngine;
import org.coop.matchmaking.matching.domain.NeedProfile;
import org.coop.matchmaking.matching.domain.PartnerProfile;
import org.coop.matchmaking.matching.domain.ScoredMatch;

/** Another way to find the subscriptions matching a need, measured beside the engine's index. */
interface Baseline extends AutoCloseable {

    String name();

    /** Takes all subscriptions; the engine scores what the baseline retrieves, as the index does. */
    void register(List<PartnerProfile> subscriptions, MatchEngine engine) throws Exception;

    List<ScoredMatch> match(NeedProfile need) throws Exception;

    /** Lucene Monitor, when it was compiled (Maven on JDK 21+), else empty. */
    static java.util.Optional<Baseline> luceneMonitor() {
        try {
            return java.util.Optional.of((Baseline) Class.forName("org.coop.matchmaking.bench.LuceneMonitorBaseline")
                    .getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            return java.util.Optional.empty();
        }
    }
}
