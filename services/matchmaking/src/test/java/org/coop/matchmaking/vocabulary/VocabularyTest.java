package org.coop.matchmaking.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coop.matchmaking.matching.adapter.WeightsYaml;
import org.coop.matchmaking.matching.domain.Criterion;
import org.coop.matchmaking.matching.domain.Weights;
import org.coop.matchmaking.vocabulary.adapter.VocabularyYaml;
import org.coop.matchmaking.vocabulary.domain.Vocabulary;
import org.coop.matchmaking.vocabulary.domain.VocabularyException;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void theShippedVocabularyLoadsWithAseanFirstAndLabelsInThePlatformsLanguages() {
        Vocabulary vocabulary = VocabularyYaml.readVocabulary(getClass().getResourceAsStream("/matchmaking/vocabulary.yml"));

        assertThat(vocabulary.codes(Vocabulary.Kind.MODE)).contains("internship", "order-class", "overseas-campus",
                "chinese-plus-vocational", "curriculum-standards", "applied-research");
        assertThat(vocabulary.codes(Vocabulary.Kind.COUNTRY)).startsWith("VN", "LA", "TH").contains("FR").hasSizeGreaterThan(240);
        assertThat(vocabulary.codes(Vocabulary.Kind.LANGUAGE)).startsWith("zh", "en", "vi").contains("de");
        assertThat(vocabulary.sectors().ancestors("industrial-robotics")).containsExactly("mechatronics", "manufacturing");
        assertThat(vocabulary.term(Vocabulary.Kind.MODE, "internship").labels()).containsKeys("zh", "en", "vi", "th",
                "lo", "my", "km");
        assertThat(vocabulary.term(Vocabulary.Kind.COUNTRY, "VN").labels()).containsKeys("zh", "en", "vi");
    }

    @Test
    void invalidVocabularyDataIsRefusedWithEveryProblemListed() {
        String yaml = """
                version: 2
                modes:
                  - code: internship
                    labels: {zh: 实习, en: Internship}
                  - code: internship
                    labels: {zh: 实习, en: Internship, vi: Thực tập}
                sectors:
                  - code: mechatronics
                    parent: manufacturing
                    labels: {zh: 机电, en: Mechatronics, vi: Cơ điện tử}
                  - code: a
                    parent: b
                    labels: {zh: a, en: a, vi: a}
                  - code: b
                    parent: a
                    labels: {zh: b, en: b, vi: b}
                countries: {first: [VN, vn]}
                languages: {first: [zh]}
                """;
        assertThatThrownBy(() -> VocabularyYaml.readVocabulary(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(VocabularyException.class)
                .satisfies(e -> assertThat(((VocabularyException) e).problems()).contains(
                        "modes: internship has no label in vi",
                        "modes: duplicate code internship",
                        "sector mechatronics has an unknown parent manufacturing",
                        "sector a is its own ancestor",
                        "country vn is not an ISO 3166-1 alpha-2 code"));
    }

    @Test
    void theShippedWeightsLoadAndBadWeightsAreRefused() {
        Weights weights = WeightsYaml.readWeights(getClass().getResourceAsStream("/matchmaking/matching-weights.yml"));
        assertThat(weights.weight(Criterion.SECTORS)).isEqualTo(0.25);
        assertThat(weights).isEqualTo(Weights.defaults());

        assertThatThrownBy(() -> WeightsYaml.readWeights(new ByteArrayInputStream("""
                version: 1
                weights: {modes: -1, sectors: 0, countries: 0, languages: 0, keywords: 0, capacity: 0}
                values: {openCriterion: 2, relatedSector: 0.8, noKeywords: 0.5, noCapacity: 0.5}
                offerMinimumScore: 0.5
                """.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("weight of MODES must be a number >= 0")
                .hasMessageContaining("openCriterion must be within [0, 1]");
        assertThat(List.of(Criterion.values())).hasSize(6);
    }
}
