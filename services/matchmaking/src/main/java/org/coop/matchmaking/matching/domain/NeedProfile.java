package org.coop.matchmaking.matching.domain;

import java.time.LocalDate;
import java.util.Set;
import org.coop.matchmaking.vocabulary.domain.PartnerKind;

/**
 * What the engine knows of a college's need.
 *
 * @param languages languages the college can work in
 * @param partnerKinds partners the college looks for
 * @param text the need's free text (title and description, every language), for keywords
 */
public record NeedProfile(String needId, Set<String> modes, Set<String> sectors, Set<String> countries,
                          Set<String> languages, Set<PartnerKind> partnerKinds, Integer students, Integer teachers,
                          LocalDate start, LocalDate end, String text) {

    public NeedProfile {
        modes = Set.copyOf(modes);
        sectors = Set.copyOf(sectors);
        countries = Set.copyOf(countries);
        languages = Set.copyOf(languages);
        partnerKinds = Set.copyOf(partnerKinds);
        text = text == null ? "" : text;
    }
}
