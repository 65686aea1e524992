package org.coop.matchmaking.common;

import java.time.LocalDate;
import java.util.List;
import org.coop.matchmaking.vocabulary.domain.Vocabulary;

/**
 * The checks Bean Validation cannot make on a need's or offer's criteria: vocabulary codes, the
 * period in order, an expiry in the future and within two years.
 */
public final class CriteriaRules {

    private CriteriaRules() {
    }

    public static CodeCheck check(Vocabulary vocabulary, List<String> modes, List<String> sectors,
                                  List<String> countries, List<String> languages, LocalDate periodStart,
                                  LocalDate periodEnd, LocalDate expiresOn, LocalDate today) {
        return new CodeCheck(vocabulary)
                .check("modes", Vocabulary.Kind.MODE, modes)
                .check("sectors", Vocabulary.Kind.SECTOR, sectors)
                .check("countries", Vocabulary.Kind.COUNTRY, countries)
                .check("languages", Vocabulary.Kind.LANGUAGE, languages)
                .rule((periodStart == null) != (periodEnd == null), "periodEnd",
                        "give both the start and the end of the period, or neither", "Period")
                .rule(periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart), "periodEnd",
                        "must not be before periodStart", "DatesInOrder")
                .rule(periodStart != null && periodEnd != null && periodStart.plusYears(5).isBefore(periodEnd),
                        "periodEnd", "the period may last at most 5 years", "Period")
                .rule(expiresOn != null && !expiresOn.isAfter(today), "expiresOn", "must be in the future", "Future")
                .rule(expiresOn != null && expiresOn.isAfter(today.plusYears(2)), "expiresOn",
                        "must be within two years", "Range");
    }
}
