package org.coop.matchmaking.matching.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How much each criterion counts, and the values given when a side leaves a criterion open.
 * Data, not code: read from {@code matching-weights.yml} and checked here.
 *
 * @param openCriterion value when the partner accepts any value of a criterion
 * @param relatedSector value when the sectors are parent and child rather than equal
 * @param noKeywords value when the partner gave no keywords
 * @param noCapacity value when capacities cannot be compared
 * @param offerMinimumScore score from which an offer is suggested to a need
 */
public record Weights(int version, Map<Criterion, Double> weights, double openCriterion, double relatedSector,
                      double noKeywords, double noCapacity, double offerMinimumScore) {

    public Weights {
        List<String> problems = new ArrayList<>();
        EnumMap<Criterion, Double> copy = new EnumMap<>(Criterion.class);
        double total = 0;
        for (Criterion criterion : Criterion.values()) {
            Double weight = weights.get(criterion);
            if (weight == null || weight < 0 || weight.isNaN()) {
                problems.add("weight of " + criterion + " must be a number >= 0, was " + weight);
            } else {
                copy.put(criterion, weight);
                total += weight;
            }
        }
        if (problems.isEmpty() && total <= 0) {
            problems.add("at least one weight must be above 0");
        }
        checkUnit("openCriterion", openCriterion, problems);
        checkUnit("relatedSector", relatedSector, problems);
        checkUnit("noKeywords", noKeywords, problems);
        checkUnit("noCapacity", noCapacity, problems);
        checkUnit("offerMinimumScore", offerMinimumScore, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid matching weights: " + String.join("; ", problems));
        }
        weights = Map.copyOf(copy);
    }

    private static void checkUnit(String name, double value, List<String> problems) {
        if (!(value >= 0 && value <= 1)) {
            problems.add(name + " must be within [0, 1], was " + value);
        }
    }

    public double weight(Criterion criterion) {
        return weights.get(criterion);
    }

    /** Defaults matching the shipped data, for tests and benchmarks. */
    public static Weights defaults() {
        return new Weights(1, Map.of(Criterion.MODES, 0.25, Criterion.SECTORS, 0.25, Criterion.COUNTRIES, 0.20,
                Criterion.LANGUAGES, 0.10, Criterion.KEYWORDS, 0.15, Criterion.CAPACITY, 0.05),
                0.6, 0.8, 0.5, 0.6, 0.5);
    }
}
