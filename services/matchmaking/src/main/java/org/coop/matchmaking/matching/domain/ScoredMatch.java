package org.coop.matchmaking.matching.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A partner that matches a need: its score in [0, 1] and a reason per criterion. The engine
 * decides every reason while scoring and keeps it compactly (which value of each side agreed,
 * which languages are missing, which keywords were found); {@link #reasons()} renders them.
 */
public final class ScoredMatch {

    private final MatchEngine engine;
    final MatchEngine.PreparedNeed need;
    final MatchEngine.PreparedPartner partner;
    private final double score;
    final int outcomes;
    final int mode;
    final int needSector;
    final int partnerSector;
    final int country;
    final int commonLanguage;
    final long missingLanguages;
    final long foundKeywords;
    final double capacity;
    private List<Reason> reasons;

    ScoredMatch(MatchEngine engine, MatchEngine.PreparedNeed need, MatchEngine.PreparedPartner partner, double score,
                int outcomes, int mode, int needSector, int partnerSector, int country, int commonLanguage,
                long missingLanguages, long foundKeywords, double capacity) {
        this.engine = engine;
        this.need = need;
        this.partner = partner;
        this.score = score;
        this.outcomes = outcomes;
        this.mode = mode;
        this.needSector = needSector;
        this.partnerSector = partnerSector;
        this.country = country;
        this.commonLanguage = commonLanguage;
        this.missingLanguages = missingLanguages;
        this.foundKeywords = foundKeywords;
        this.capacity = capacity;
    }

    public String needId() {
        return need.profile.needId();
    }

    public String partnerId() {
        return partner.profile.id();
    }

    public double score() {
        return score;
    }

    /** One reason per {@link Criterion}, in its order. */
    public List<Reason> reasons() {
        List<Reason> rendered = reasons;
        if (rendered == null) {
            rendered = engine.reasons(this);
            reasons = rendered;
        }
        return rendered;
    }

    /** Best score first, then partner id, so equal results list in one order. */
    public static int byScoreThenId(ScoredMatch a, ScoredMatch b) {
        int byScore = Double.compare(b.score, a.score);
        return byScore != 0 ? byScore : a.partnerId().compareTo(b.partnerId());
    }

    /** A sorted copy, best first. */
    public static List<ScoredMatch> sorted(List<ScoredMatch> matches) {
        List<ScoredMatch> copy = new ArrayList<>(matches);
        copy.sort(ScoredMatch::byScoreThenId);
        return copy;
    }

    /** Same need, partner, score and reasons. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ScoredMatch that && needId().equals(that.needId())
                && partnerId().equals(that.partnerId()) && score == that.score && reasons().equals(that.reasons());
    }

    @Override
    public int hashCode() {
        return Objects.hash(needId(), partnerId(), score);
    }

    @Override
    public String toString() {
        return "ScoredMatch[" + needId() + " ~ " + partnerId() + " " + score + "]";
    }
}
