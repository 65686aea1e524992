package org.coop.matchmaking.matching.adapter;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coop.matchmaking.matching.domain.Criterion;
import org.coop.matchmaking.matching.domain.Weights;
import org.coop.matchmaking.vocabulary.adapter.VocabularyYaml;

/** Reads the matching weights from their YAML file; a missing weight stops the service, named. */
public final class WeightsYaml {

    private WeightsYaml() {
    }

    public static Weights readWeights(InputStream in) {
        Map<String, Object> root = VocabularyYaml.load(in);
        List<String> problems = new ArrayList<>();
        int version = VocabularyYaml.intValue(root.get("version"), "version", problems);
        Map<?, ?> weights = root.get("weights") instanceof Map<?, ?> map ? map : Map.of();
        Map<?, ?> values = root.get("values") instanceof Map<?, ?> map ? map : Map.of();
        Map<Criterion, Double> byCriterion = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            Object weight = weights.get(criterion.name().toLowerCase(Locale.ROOT));
            if (weight instanceof Number number) {
                byCriterion.put(criterion, number.doubleValue());
            } else {
                problems.add("weights." + criterion.name().toLowerCase(Locale.ROOT) + " is missing");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid matching weights: " + String.join("; ", problems));
        }
        return new Weights(version, byCriterion, number(values.get("openCriterion")),
                number(values.get("relatedSector")), number(values.get("noKeywords")),
                number(values.get("noCapacity")), number(root.get("offerMinimumScore")));
    }

    private static double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : Double.NaN;
    }
}
