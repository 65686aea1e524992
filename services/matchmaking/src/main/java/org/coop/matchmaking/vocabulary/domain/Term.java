package org.coop.matchmaking.vocabulary.domain;

import java.util.Map;

/**
 * One word of the vocabulary: a stable code, its parent (sectors only) and its labels by
 * language (ISO 639-1).
 */
public record Term(String code, String parent, Map<String, String> labels) {

    public Term {
        labels = Map.copyOf(labels);
    }

    /** The label in {@code language}, else English, else the code. */
    public String label(String language) {
        String label = labels.get(language);
        if (label == null) {
            label = labels.get("en");
        }
        return label == null ? code : label;
    }
}
