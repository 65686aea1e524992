package org.coop.matchmaking.common;

import java.util.Map;
import java.util.stream.Collectors;

/** Multilingual free text (a map from ISO 639-1 code to text), as one searchable string. */
public final class Texts {

    private Texts() {
    }

    @SafeVarargs
    public static String joined(Map<String, String>... texts) {
        StringBuilder out = new StringBuilder();
        for (Map<String, String> text : texts) {
            if (text != null) {
                out.append(text.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue)
                        .collect(Collectors.joining(" "))).append(' ');
            }
        }
        return out.toString();
    }
}
