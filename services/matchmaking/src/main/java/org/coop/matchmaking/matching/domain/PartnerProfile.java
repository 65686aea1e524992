package org.coop.matchmaking.matching.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coop.matchmaking.vocabulary.domain.PartnerKind;

/**
 * What the engine knows of the other side: a standing subscription or an offer of an enterprise
 * or institution. An empty set of modes, sectors or countries means "any".
 *
 * @param languages languages the partner works in
 * @param keywords words looked for in the need's text
 * @param minimumScore matches scoring below this are not suggested
 */
public record PartnerProfile(String id, PartnerKind kind, Set<String> modes, Set<String> sectors,
                             Set<String> countries, Set<String> languages, List<String> keywords,
                             Integer students, Integer teachers, LocalDate start, LocalDate end,
                             double minimumScore) {

    public PartnerProfile {
        modes = Set.copyOf(modes);
        sectors = Set.copyOf(sectors);
        countries = Set.copyOf(countries);
        languages = Set.copyOf(languages);
        keywords = List.copyOf(keywords);
    }
}
