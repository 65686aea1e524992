package org.coop.matchmaking.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coop.matchmaking.vocabulary.domain.SectorTree;

/**
 * The rules of a match and its score. A partner matches a need when all hard rules hold:
 * <ul>
 *   <li>the need looks for the partner's kind (enterprise, institution);</li>
 *   <li>modes: the partner accepts any, or the two share one;</li>
 *   <li>sectors: the partner accepts any, or a need sector is equal to, a parent of or a child of
 *       a partner sector;</li>
 *   <li>countries: the partner accepts any, or the two share one;</li>
 *   <li>periods overlap, where both sides give one;</li>
 * </ul>
 * and its score, the weighted mean of one value per {@link Criterion}, reaches the partner's
 * minimum. Languages, keywords and capacity only score. The same methods serve the indexed
 * path ({@link SubscriptionIndex}) and the exhaustive one ({@link ExhaustiveMatcher}).
 */
public final class MatchEngine {

    private final SectorTree sectors;
    private final Weights weights;
    private final double weightTotal;

    public MatchEngine(SectorTree sectors, Weights weights) {
        this.sectors = Objects.requireNonNull(sectors);
        this.weights = Objects.requireNonNull(weights);
        double total = 0;
        for (Criterion criterion : Criterion.values()) {
            total += weights.weight(criterion);
        }
        this.weightTotal = total;
    }

    public SectorTree sectors() {
        return sectors;
    }

    public Weights weights() {
        return weights;
    }

    /** A need ready to be compared with many partners. */
    public PreparedNeed prepare(NeedProfile need) {
        return new PreparedNeed(need, sorted(need.modes()), sorted(need.sectors()), sorted(need.countries()),
                new KeywordText(need.text()));
    }

    /** A partner ready to be compared with many needs. */
    public PreparedPartner prepare(PartnerProfile partner) {
        String[] keywords = partner.keywords().stream().map(KeywordText::normalize).filter(k -> !k.isEmpty())
                .distinct().toArray(String[]::new);
        return new PreparedPartner(partner, sorted(partner.modes()), sorted(partner.sectors()),
                sorted(partner.countries()), sorted(partner.languages()), keywords);
    }

    /** Whether every hard rule holds, written as plainly as possible (the oracle's definition). */
    public boolean accepts(NeedProfile need, PartnerProfile partner) {
        if (!need.partnerKinds().contains(partner.kind())) {
            return false;
        }
        if (!partner.modes().isEmpty() && partner.modes().stream().noneMatch(need.modes()::contains)) {
            return false;
        }
        if (!partner.sectors().isEmpty() && partner.sectors().stream()
                .noneMatch(s -> need.sectors().stream().anyMatch(n -> sectors.areRelated(n, s)))) {
            return false;
        }
        if (!partner.countries().isEmpty() && partner.countries().stream().noneMatch(need.countries()::contains)) {
            return false;
        }
        return periodsOverlap(need, partner);
    }

    static boolean periodsOverlap(NeedProfile need, PartnerProfile partner) {
        if (need.start() == null || need.end() == null || partner.start() == null || partner.end() == null) {
            return true;
        }
        return !need.start().isAfter(partner.end()) && !partner.start().isAfter(need.end());
    }

    /** Hard rules, then score; empty when they fail or the score stays below the partner's minimum. */
    public Optional<ScoredMatch> evaluate(NeedProfile need, PartnerProfile partner) {
        if (!accepts(need, partner)) {
            return Optional.empty();
        }
        return Optional.ofNullable(score(prepare(need), prepare(partner)));
    }

    /**
     * Scores a pair the hard rules already accepted; null when below the partner's minimum score.
     */
    public ScoredMatch score(PreparedNeed need, PreparedPartner partner) {
        Reason[] reasons = new Reason[6];
        double sum = 0;
        reasons[0] = shared(Criterion.MODES, partner.modes, need.profile.modes());
        sum += weights.weight(Criterion.MODES) * reasons[0].value();
        reasons[1] = sector(need, partner);
        sum += weights.weight(Criterion.SECTORS) * reasons[1].value();
        reasons[2] = shared(Criterion.COUNTRIES, partner.countries, need.profile.countries());
        sum += weights.weight(Criterion.COUNTRIES) * reasons[2].value();
        reasons[3] = languages(need, partner);
        sum += weights.weight(Criterion.LANGUAGES) * reasons[3].value();
        reasons[4] = keywords(need, partner);
        sum += weights.weight(Criterion.KEYWORDS) * reasons[4].value();
        reasons[5] = capacity(need.profile, partner.profile);
        sum += weights.weight(Criterion.CAPACITY) * reasons[5].value();
        double score = Math.round(sum / weightTotal * 10_000) / 10_000.0;
        if (score < partner.profile.minimumScore()) {
            return null;
        }
        return new ScoredMatch(need.profile.needId(), partner.profile.id(), score, Arrays.asList(reasons));
    }

    private Reason shared(Criterion criterion, String[] partnerValues, Set<String> needValues) {
        if (partnerValues.length == 0) {
            return new Reason(criterion, Reason.Outcome.OPEN, weights.openCriterion(), null, null, List.of());
        }
        for (String value : partnerValues) {
            if (needValues.contains(value)) {
                return new Reason(criterion, Reason.Outcome.SAME, 1.0, value, value, List.of());
            }
        }
        return new Reason(criterion, Reason.Outcome.NONE, 0.0, null, null, List.of());
    }

    private Reason sector(PreparedNeed need, PreparedPartner partner) {
        if (partner.sectors.length == 0) {
            return new Reason(Criterion.SECTORS, Reason.Outcome.OPEN, weights.openCriterion(), null, null, List.of());
        }
        Reason related = null;
        for (String n : need.sectors) {
            for (String s : partner.sectors) {
                if (n.equals(s)) {
                    return new Reason(Criterion.SECTORS, Reason.Outcome.SAME, 1.0, n, s, List.of());
                }
                if (related == null) {
                    if (sectors.isAncestor(s, n)) {
                        related = new Reason(Criterion.SECTORS, Reason.Outcome.NEED_WITHIN_PARTNER,
                                weights.relatedSector(), n, s, List.of());
                    } else if (sectors.isAncestor(n, s)) {
                        related = new Reason(Criterion.SECTORS, Reason.Outcome.PARTNER_WITHIN_NEED,
                                weights.relatedSector(), n, s, List.of());
                    }
                }
            }
        }
        return related != null ? related
                : new Reason(Criterion.SECTORS, Reason.Outcome.NONE, 0.0, null, null, List.of());
    }

    private Reason languages(PreparedNeed need, PreparedPartner partner) {
        if (partner.languages.length == 0) {
            return new Reason(Criterion.LANGUAGES, Reason.Outcome.UNKNOWN, weights.openCriterion(), null, null,
                    List.of());
        }
        List<String> missing = null;
        String common = null;
        for (String language : partner.languages) {
            if (need.profile.languages().contains(language)) {
                if (common == null) {
                    common = language;
                }
            } else {
                if (missing == null) {
                    missing = new ArrayList<>(2);
                }
                missing.add(language);
            }
        }
        if (missing == null) {
            return new Reason(Criterion.LANGUAGES, Reason.Outcome.SAME, 1.0, common, common, List.of());
        }
        double value = (double) (partner.languages.length - missing.size()) / partner.languages.length;
        return new Reason(Criterion.LANGUAGES, common == null ? Reason.Outcome.NONE : Reason.Outcome.PARTIAL, value,
                common, common, missing);
    }

    private Reason keywords(PreparedNeed need, PreparedPartner partner) {
        if (partner.keywords.length == 0) {
            return new Reason(Criterion.KEYWORDS, Reason.Outcome.UNKNOWN, weights.noKeywords(), null, null,
                    List.of());
        }
        List<String> found = new ArrayList<>(partner.keywords.length);
        List<String> notFound = new ArrayList<>(partner.keywords.length);
        for (String keyword : partner.keywords) {
            (need.text.contains(keyword) ? found : notFound).add(keyword);
        }
        double value = (double) found.size() / partner.keywords.length;
        Reason.Outcome outcome = notFound.isEmpty() ? Reason.Outcome.SAME
                : found.isEmpty() ? Reason.Outcome.NONE : Reason.Outcome.PARTIAL;
        return new Reason(Criterion.KEYWORDS, outcome, value, null, String.join(", ", found), notFound);
    }

    private Reason capacity(NeedProfile need, PartnerProfile partner) {
        double total = 0;
        int compared = 0;
        StringBuilder sought = null;
        StringBuilder offered = null;
        if (need.students() != null && partner.students() != null && need.students() > 0) {
            total += Math.min(1.0, (double) partner.students() / need.students());
            compared++;
            sought = new StringBuilder().append(need.students()).append(" students");
            offered = new StringBuilder().append(partner.students()).append(" students");
        }
        if (need.teachers() != null && partner.teachers() != null && need.teachers() > 0) {
            total += Math.min(1.0, (double) partner.teachers() / need.teachers());
            compared++;
            sought = (sought == null ? new StringBuilder() : sought.append(", ")).append(need.teachers())
                    .append(" teachers");
            offered = (offered == null ? new StringBuilder() : offered.append(", ")).append(partner.teachers())
                    .append(" teachers");
        }
        if (compared == 0) {
            return new Reason(Criterion.CAPACITY, Reason.Outcome.UNKNOWN, weights.noCapacity(), null, null, List.of());
        }
        double value = total / compared;
        return new Reason(Criterion.CAPACITY, value >= 1.0 ? Reason.Outcome.SAME : Reason.Outcome.PARTIAL, value,
                sought.toString(), offered.toString(), List.of());
    }

    private static String[] sorted(Set<String> values) {
        String[] array = values.toArray(String[]::new);
        Arrays.sort(array);
        return array;
    }

    /** A need with its values sorted (so reasons are chosen the same way every time) and its text indexed. */
    public static final class PreparedNeed {
        final NeedProfile profile;
        final String[] modes;
        final String[] sectors;
        final String[] countries;
        final KeywordText text;

        PreparedNeed(NeedProfile profile, String[] modes, String[] sectors, String[] countries, KeywordText text) {
            this.profile = profile;
            this.modes = modes;
            this.sectors = sectors;
            this.countries = countries;
            this.text = text;
        }

        public NeedProfile profile() {
            return profile;
        }
    }

    /** A partner with its values sorted and its keywords normalized. */
    public static final class PreparedPartner {
        final PartnerProfile profile;
        final String[] modes;
        final String[] sectors;
        final String[] countries;
        final String[] languages;
        final String[] keywords;

        PreparedPartner(PartnerProfile profile, String[] modes, String[] sectors, String[] countries,
                        String[] languages, String[] keywords) {
            this.profile = profile;
            this.modes = modes;
            this.sectors = sectors;
            this.countries = countries;
            this.languages = languages;
            this.keywords = keywords;
        }

        public PartnerProfile profile() {
            return profile;
        }
    }
}
