package org.coop.matchmaking.matching.domain;

import java.util.List;

/** A partner that matches a need: its score in [0, 1] and a reason per criterion. */
public record ScoredMatch(String needId, String partnerId, double score, List<Reason> reasons) {

    /** Best score first, then partner id, so equal results list in one order. */
    public static int byScoreThenId(ScoredMatch a, ScoredMatch b) {
        int byScore = Double.compare(b.score, a.score);
        return byScore != 0 ? byScore : a.partnerId.compareTo(b.partnerId);
    }
}
