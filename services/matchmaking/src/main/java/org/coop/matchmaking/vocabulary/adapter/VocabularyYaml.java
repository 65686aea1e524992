package org.coop.matchmaking.vocabulary.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.coop.matchmaking.vocabulary.domain.Term;
import org.coop.matchmaking.vocabulary.domain.Vocabulary;
import org.coop.matchmaking.vocabulary.domain.VocabularyException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the vocabulary from its YAML file (the matching weights: WeightsYaml). Countries and languages
 * that the file does not label get their names from the CLDR data of the JDK, in every language
 * the platform speaks.
 */
public final class VocabularyYaml {

    /** The platform's languages: labels are given in these where the data has them. */
    public static final List<String> PLATFORM_LANGUAGES = List.of("zh", "en", "vi", "th", "lo", "my", "km");

    private VocabularyYaml() {
    }

    public static Vocabulary readVocabulary(InputStream in) {
        Map<String, Object> root = load(in);
        List<String> problems = new ArrayList<>();
        int version = intValue(root.get("version"), "version", problems);
        List<String> required = stringList(root.getOrDefault("requiredLanguages", List.of("zh", "en", "vi")));
        List<Term> modes = terms(root.get("modes"), "modes", problems);
        List<Term> sectors = terms(root.get("sectors"), "sectors", problems);
        List<Term> countries = isoList(root.get("countries"), Locale.getISOCountries(), true);
        List<Term> languages = isoList(root.get("languages"), Locale.getISOLanguages(), false);
        if (!problems.isEmpty()) {
            throw new VocabularyException(problems);
        }
        return new Vocabulary(version, required, modes, sectors, countries, languages);
    }

    /** The file's top-level mapping; a file that is not one is refused with that problem named. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> load(InputStream in) {
        try (in) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(root instanceof Map<?, ?>)) {
                throw new VocabularyException(List.of("the file is not a YAML mapping"));
            }
            return (Map<String, Object>) root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole number, or 0 with the problem added to {@code problems}. */
    public static int intValue(Object value, String name, List<String> problems) {
        if (value instanceof Integer number) {
            return number;
        }
        problems.add(name + " must be a whole number");
        return 0;
    }

    private static List<String> stringList(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static List<Term> terms(Object value, String name, List<String> problems) {
        if (!(value instanceof List<?> list)) {
            problems.add(name + " must be a list");
            return List.of();
        }
        List<Term> terms = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)) {
                problems.add(name + ": every entry must be a mapping with code and labels");
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (map.get("labels") instanceof Map<?, ?> given) {
                given.forEach((language, label) -> labels.put(String.valueOf(language), String.valueOf(label)));
            }
            Object parent = map.get("parent");
            terms.add(new Term(map.get("code") == null ? null : String.valueOf(map.get("code")),
                    parent == null ? null : String.valueOf(parent), labels));
        }
        return terms;
    }

    /** The listed codes first, then (if asked) every other ISO code, labelled from CLDR. */
    private static List<Term> isoList(Object value, String[] isoCodes, boolean countries) {
        Map<?, ?> spec = value instanceof Map<?, ?> map ? map : Map.of();
        Set<String> codes = new LinkedHashSet<>(stringList(spec.get("first")));
        if (Boolean.TRUE.equals(spec.get("includeAllIso"))) {
            for (String code : isoCodes) {
                codes.add(code);
            }
        }
        List<Term> terms = new ArrayList<>(codes.size());
        for (String code : codes) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (String language : PLATFORM_LANGUAGES) {
                Locale in = Locale.forLanguageTag(language);
                String label = countries ? new Locale.Builder().setRegion(code).build().getDisplayCountry(in)
                        : Locale.forLanguageTag(code).getDisplayLanguage(in);
                if (label != null && !label.isBlank() && !label.equals(code)) {
                    labels.put(language, label);
                }
            }
            terms.add(new Term(code, null, labels));
        }
        return terms;
    }
}
