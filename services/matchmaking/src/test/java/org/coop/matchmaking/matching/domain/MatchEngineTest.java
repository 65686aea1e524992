package org.coop.matchmaking.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coop.matchmaking.matching.domain.EngineFixtures.ENGINE;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coop.matchmaking.vocabulary.domain.PartnerKind;
import org.junit.jupiter.api.Test;

/** Hard rules, scores and the reason given for each criterion. */
class MatchEngineTest {

    private final NeedProfile need = new NeedProfile("need-1", Set.of("internship"), Set.of("mechatronics"),
            Set.of("VN", "LA"), Set.of("zh", "en"), Set.of(PartnerKind.ENTERPRISE), 30, null,
            LocalDate.parse("2027-03-01"), LocalDate.parse("2027-08-31"),
            "机电一体化 Mechatronics interns for PLC and robot maintenance");

    private PartnerProfile partner(Set<String> sectors, Set<String> languages, List<String> keywords) {
        return new PartnerProfile("sub-1", PartnerKind.ENTERPRISE, Set.of("internship"), sectors, Set.of("VN"),
                languages, keywords, 20, null, null, null, 0.0);
    }

    @Test
    void eachCriterionExplainsItself() {
        ScoredMatch match = ENGINE.evaluate(need, partner(Set.of("manufacturing"), Set.of("vi", "en"),
                List.of("PLC", "welding"))).orElseThrow();

        assertThat(match.reasons()).extracting(Reason::text).containsExactly(
                "mode: internship on both sides",
                "sector: mechatronics within manufacturing",
                "country: VN on both sides",
                "language: vi missing on the college side — interpreter needed",
                "keywords: plc found, welding not found",
                "capacity: only 20 students offered for 30 students sought");
        // 0.25*1 + 0.25*0.8 + 0.2*1 + 0.1*0.5 + 0.15*0.5 + 0.05*(20/30) = 0.80833...
        assertThat(match.score()).isEqualTo(0.8083);
    }

    @Test
    void keywordsAreFoundInScriptsWrittenWithoutSpaces() {
        ScoredMatch match = ENGINE.evaluate(need, partner(Set.of("mechatronics"), Set.of("zh"),
                List.of("机电", "Robot"))).orElseThrow();
        assertThat(match.reasons().get(4).text()).isEqualTo("keywords: 机电, robot found in the need");
        assertThat(match.reasons().get(1).text()).isEqualTo("sector: mechatronics on both sides");
        assertThat(match.reasons().get(3).text()).isEqualTo("language: zh on both sides");
    }

    @Test
    void hardRulesRefuseOtherKindsUnrelatedSectorsOtherCountriesAndDisjointPeriods() {
        PartnerProfile institution = new PartnerProfile("i", PartnerKind.INSTITUTION, Set.of(), Set.of(), Set.of(),
                Set.of(), List.of(), null, null, null, null, 0);
        PartnerProfile nursing = partner(Set.of("nursing"), Set.of(), List.of());
        PartnerProfile thailand = new PartnerProfile("t", PartnerKind.ENTERPRISE, Set.of(), Set.of(), Set.of("TH"),
                Set.of(), List.of(), null, null, null, null, 0);
        PartnerProfile nextYear = new PartnerProfile("p", PartnerKind.ENTERPRISE, Set.of(), Set.of(), Set.of(),
                Set.of(), List.of(), null, null, LocalDate.parse("2028-01-01"), LocalDate.parse("2028-06-30"), 0);

        assertThat(ENGINE.evaluate(need, institution)).isEmpty();
        assertThat(ENGINE.evaluate(need, nursing)).isEmpty();
        assertThat(ENGINE.evaluate(need, thailand)).isEmpty();
        assertThat(ENGINE.evaluate(need, nextYear)).isEmpty();
    }

    @Test
    void aMatchBelowThePartnersMinimumScoreIsNotSuggested() {
        PartnerProfile open = new PartnerProfile("any", PartnerKind.ENTERPRISE, Set.of(), Set.of(), Set.of(),
                Set.of(), List.of(), null, null, null, null, 0.9);
        assertThat(ENGINE.evaluate(need, open)).isEmpty();
    }
}
