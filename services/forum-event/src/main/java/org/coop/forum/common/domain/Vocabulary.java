package org.coop.forum.common.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The platform's languages and the ISO 3166-1 country codes, with the checks forums and sessions share. */
public final class Vocabulary {

    /** Chinese, English, Vietnamese, Thai, Lao, Burmese, Khmer. */
    public static final List<String> LANGUAGES = List.of("zh", "en", "vi", "th", "lo", "my", "km");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Vocabulary() {
    }

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    public static boolean isLanguage(String code) {
        return LANGUAGES.contains(code);
    }

    /**
     * Problems of a bilingual text: Chinese is required plus at least one other platform
     * language; no other language, no blank text, at most {@code maxLength} characters each.
     */
    public static void checkBilingual(String field, Map<String, String> text, int maxLength,
                                      List<FieldProblem> problems) {
        if (text == null || text.isEmpty()) {
            problems.add(new FieldProblem(field, "is required (zh plus one of en, vi, th, lo, my, km)", "required"));
            return;
        }
        text.forEach((language, value) -> {
            if (!isLanguage(language)) {
                problems.add(new FieldProblem(field + "." + language, "is not a platform language " + LANGUAGES,
                        "unknown-language"));
            } else if (value == null || value.isBlank() || value.length() > maxLength) {
                problems.add(new FieldProblem(field + "." + language, "must be 1 to " + maxLength + " characters",
                        "size"));
            }
        });
        if (!text.containsKey("zh")) {
            problems.add(new FieldProblem(field + ".zh", "a Chinese text is required", "required"));
        }
        if (text.keySet().stream().noneMatch(language -> !language.equals("zh") && isLanguage(language))) {
            problems.add(new FieldProblem(field, "needs a second language besides zh (en, vi, th, lo, my or km)",
                    "bilingual"));
        }
    }
}
