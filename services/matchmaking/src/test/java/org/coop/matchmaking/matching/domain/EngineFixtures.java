package org.coop.matchmaking.matching.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.coop.matchmaking.vocabulary.adapter.VocabularyYaml;
import org.coop.matchmaking.vocabulary.domain.PartnerKind;
import org.coop.matchmaking.vocabulary.domain.Vocabulary;

/** The shipped vocabulary and engine, and random needs and subscriptions drawn from it. */
final class EngineFixtures {

    static final Vocabulary VOCABULARY = VocabularyYaml.readVocabulary(
            EngineFixtures.class.getResourceAsStream("/matchmaking/vocabulary.yml"));
    static final MatchEngine ENGINE = new MatchEngine(VOCABULARY.sectors(), Weights.defaults());
    static final List<String> MODES = VOCABULARY.codes(Vocabulary.Kind.MODE);
    static final List<String> SECTORS = VOCABULARY.codes(Vocabulary.Kind.SECTOR);
    static final List<String> COUNTRIES = List.of("VN", "LA", "TH", "MM", "KH", "MY", "SG", "ID", "PH", "BN");
    static final List<String> LANGUAGES = List.of("zh", "en", "vi", "th", "lo", "my", "km");
    static final List<String> WORDS = List.of("robot", "plc", "welding", "hotel", "nurse", "rail", "solar", "rice",
            "logistics", "chef", "机器人", "酒店", "điện", "โรงแรม");

    private EngineFixtures() {
    }

    static Set<String> some(Random random, List<String> from, int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        Set<String> picked = new HashSet<>();
        while (picked.size() < count) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return picked;
    }

    static NeedProfile randomNeed(Random random, String id) {
        Set<PartnerKind> kinds = random.nextInt(3) == 0 ? Set.of(PartnerKind.values())
                : Set.of(PartnerKind.values()[random.nextInt(2)]);
        List<String> text = new ArrayList<>(some(random, WORDS, 0, 4));
        return new NeedProfile(id, some(random, MODES, 1, 3), some(random, SECTORS, 1, 2),
                some(random, COUNTRIES, 1, 3), some(random, LANGUAGES, 1, 3), kinds,
                random.nextBoolean() ? 1 + random.nextInt(50) : null, random.nextBoolean() ? 1 + random.nextInt(5) : null,
                null, null, "Need " + String.join(" ", text));
    }

    static PartnerProfile randomSubscription(Random random, String id) {
        return new PartnerProfile(id, PartnerKind.values()[random.nextInt(2)],
                random.nextInt(4) == 0 ? Set.of() : some(random, MODES, 1, 3),
                random.nextInt(4) == 0 ? Set.of() : some(random, SECTORS, 1, 3),
                random.nextInt(4) == 0 ? Set.of() : some(random, COUNTRIES, 1, 4),
                random.nextInt(5) == 0 ? Set.of() : some(random, LANGUAGES, 1, 3),
                new ArrayList<>(some(random, WORDS, 0, 3)),
                random.nextBoolean() ? 1 + random.nextInt(50) : null, null, null, null,
                random.nextInt(5) / 10.0 + 0.2);
    }
}
