package org.coop.matchmaking.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coop.matchmaking.matching.domain.EngineFixtures.ENGINE;
import static org.coop.matchmaking.matching.domain.EngineFixtures.randomNeed;
import static org.coop.matchmaking.matching.domain.EngineFixtures.randomSubscription;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.coop.matchmaking.vocabulary.domain.PartnerKind;
import org.junit.jupiter.api.Test;

/** The index finds exactly what checking every subscription by the plain rules finds, score for score. */
class SubscriptionIndexTest {

    private final ExhaustiveMatcher oracle = new ExhaustiveMatcher(ENGINE);

    @Test
    void indexedResultsEqualTheBruteForceOracleOverRandomData() {
        Random random = new Random(20261123);
        SubscriptionIndex index = new SubscriptionIndex(ENGINE);
        Map<String, MatchEngine.PreparedPartner> all = new HashMap<>();
        for (int i = 0; i < 3_000; i++) {
            PartnerProfile subscription = randomSubscription(random, "s" + i);
            index.put(subscription);
            all.put(subscription.id(), ENGINE.prepare(subscription));
        }
        int compared = 0;
        int nonEmpty = 0;
        for (int n = 0; n < 1_500; n++) {
            NeedProfile need = randomNeed(random, "n" + n);
            List<ScoredMatch> indexed = ScoredMatch.sorted(index.match(need));
            assertThat(indexed).as("need %s", need).isEqualTo(oracle.match(need, all.values()));
            compared++;
            nonEmpty += indexed.isEmpty() ? 0 : 1;
        }
        assertThat(compared).isEqualTo(1_500);
        assertThat(nonEmpty).as("the data must produce matches to compare").isGreaterThan(500);
    }

    @Test
    void revisionsAndRemovalsKeepTheIndexEqualToTheOracle() {
        Random random = new Random(7);
        SubscriptionIndex index = new SubscriptionIndex(ENGINE);
        Map<String, MatchEngine.PreparedPartner> all = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (int round = 0; round < 4_000; round++) {
            int action = random.nextInt(10);
            if (action < 6 || ids.isEmpty()) {
                String id = "s" + round;
                PartnerProfile subscription = randomSubscription(random, id);
                index.put(subscription);
                all.put(id, ENGINE.prepare(subscription));
                ids.add(id);
            } else if (action < 8) {
                String id = ids.get(random.nextInt(ids.size()));
                PartnerProfile revised = randomSubscription(random, id);
                index.put(revised);
                all.put(id, ENGINE.prepare(revised));
            } else {
                String id = ids.remove(random.nextInt(ids.size()));
                index.remove(id);
                all.remove(id);
            }
        }
        assertThat(index.size()).isEqualTo(all.size());
        for (int n = 0; n < 500; n++) {
            NeedProfile need = randomNeed(random, "n" + n);
            assertThat(ScoredMatch.sorted(index.match(need))).isEqualTo(oracle.match(need, all.values()));
        }
    }

    @Test
    void aSectorMatchesItsParentsAndChildrenButNotItsSiblings() {
        SubscriptionIndex index = new SubscriptionIndex(ENGINE);
        index.put(subscription("parent", Set.of("manufacturing")));
        index.put(subscription("child", Set.of("industrial-robotics")));
        index.put(subscription("sibling", Set.of("automotive")));
        index.put(subscription("elsewhere", Set.of("nursing")));
        index.put(subscription("any", Set.of()));

        NeedProfile need = new NeedProfile("n", Set.of("internship"), Set.of("mechatronics"), Set.of("VN"),
                Set.of("zh"), Set.of(PartnerKind.ENTERPRISE), 10, null, null, null, "");

        assertThat(index.match(need)).extracting(ScoredMatch::partnerId)
                .containsExactlyInAnyOrder("parent", "child", "any");
    }

    private static PartnerProfile subscription(String id, Set<String> sectors) {
        return new PartnerProfile(id, PartnerKind.ENTERPRISE, Set.of(), sectors, Set.of(), Set.of(), List.of(),
                null, null, null, null, 0.0);
    }
}
