package org.coop.proposal.agreement.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The text of an agreement: title, scope and terms, each a map from language code to text. Every
 * field is bilingual at least: Chinese ({@code zh}) plus one of the languages the platform's
 * partners read (English, Vietnamese, Thai, Lao, Burmese, Khmer).
 */
public record Content(Map<String, String> title, Map<String, String> scope, Map<String, String> terms) {

    /** The platform's languages: Chinese, English, Vietnamese, Thai, Lao, Burmese, Khmer (ISO 639-1). */
    public static final Set<String> LANGUAGES = Set.of("zh", "en", "vi", "th", "lo", "my", "km");
    public static final String CHINESE = "zh";
    public static final int MAX_TITLE = 300;
    public static final int MAX_SCOPE = 5_000;
    public static final int MAX_TERMS = 20_000;
    /** The fields a comment may point at. */
    public static final Set<String> FIELDS = Set.of("title", "scope", "terms");

    public Content {
        title = copy(title);
        scope = copy(scope);
        terms = copy(terms);
    }

    private static Map<String, String> copy(Map<String, String> texts) {
        return texts == null ? null : new TreeMap<>(texts);
    }

    /** Every problem of the three fields; empty when the content is acceptable. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        check("title", title, MAX_TITLE, problems);
        check("scope", scope, MAX_SCOPE, problems);
        check("terms", terms, MAX_TERMS, problems);
        return problems;
    }

    /** The languages every field is written in. */
    public List<String> languages() {
        Set<String> all = new TreeSet<>();
        for (Map<String, String> field : List.of(title, scope, terms)) {
            if (field != null) {
                all.addAll(field.keySet());
            }
        }
        return List.copyOf(all);
    }

    public String chineseTitle() {
        return title.get(CHINESE);
    }

    private static void check(String field, Map<String, String> texts, int maxLength, List<FieldProblem> problems) {
        if (texts == null || texts.isEmpty()) {
            problems.add(new FieldProblem(field, "needs a Chinese (zh) text and one in another language"));
            return;
        }
        boolean unknown = false;
        for (Map.Entry<String, String> text : texts.entrySet()) {
            String where = field + "." + text.getKey();
            if (!LANGUAGES.contains(text.getKey())) {
                unknown = true;
                problems.add(new FieldProblem(where, "unknown language '" + text.getKey() + "'; use one of "
                        + new TreeSet<>(LANGUAGES)));
            } else if (text.getValue() == null || text.getValue().isBlank()) {
                problems.add(new FieldProblem(where, "must not be blank"));
            } else if (text.getValue().length() > maxLength) {
                problems.add(new FieldProblem(where, "must be at most " + maxLength + " characters"));
            }
        }
        if (!texts.containsKey(CHINESE)) {
            problems.add(new FieldProblem(field, "needs a Chinese (zh) text"));
        }
        if (!unknown && texts.keySet().stream().noneMatch(language -> !CHINESE.equals(language))) {
            problems.add(new FieldProblem(field, "needs a text in one more language besides Chinese"));
        }
    }
}
