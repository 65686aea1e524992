package org.coop.matchmaking.vocabulary.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words needs, offers and subscriptions are written in: cooperation modes, sectors (a
 * tree), countries (ISO 3166-1 alpha-2) and languages (ISO 639-1). Built from versioned data and
 * checked on construction: codes unique per list, every parent known, no cycle, every mode and
 * sector labelled in each required language.
 */
public final class Vocabulary {

    /** The lists a code can come from; the name is how requests and errors call them. */
    public enum Kind {
        MODE("modes"), SECTOR("sectors"), COUNTRY("countries"), LANGUAGE("languages");

        private final String plural;

        Kind(String plural) {
            this.plural = plural;
        }

        public String plural() {
            return plural;
        }
    }

    private final int version;
    private final List<String> requiredLanguages;
    private final Map<Kind, Map<String, Term>> terms = new LinkedHashMap<>();
    private final SectorTree sectorTree;

    public Vocabulary(int version, List<String> requiredLanguages, List<Term> modes, List<Term> sectors,
                      List<Term> countries, List<Term> languages) {
        List<String> problems = new ArrayList<>();
        if (version < 1) {
            problems.add("version must be 1 or more, was " + version);
        }
        this.version = version;
        this.requiredLanguages = List.copyOf(requiredLanguages);
        terms.put(Kind.MODE, index(Kind.MODE, modes, problems, true));
        terms.put(Kind.SECTOR, index(Kind.SECTOR, sectors, problems, true));
        terms.put(Kind.COUNTRY, index(Kind.COUNTRY, countries, problems, false));
        terms.put(Kind.LANGUAGE, index(Kind.LANGUAGE, languages, problems, false));
        for (Term sector : sectors) {
            if (sector.parent() != null && !terms.get(Kind.SECTOR).containsKey(sector.parent())) {
                problems.add("sector " + sector.code() + " has an unknown parent " + sector.parent());
            }
        }
        for (Term sector : sectors) {
            Set<String> seen = new HashSet<>();
            String current = sector.code();
            while (current != null) {
                if (!seen.add(current)) {
                    problems.add("sector " + sector.code() + " is its own ancestor");
                    break;
                }
                Term term = terms.get(Kind.SECTOR).get(current);
                current = term == null ? null : term.parent();
            }
        }
        countries.stream().filter(c -> !c.code().matches("[A-Z]{2}"))
                .forEach(c -> problems.add("country " + c.code() + " is not an ISO 3166-1 alpha-2 code"));
        languages.stream().filter(l -> !l.code().matches("[a-z]{2}"))
                .forEach(l -> problems.add("language " + l.code() + " is not an ISO 639-1 code"));
        if (!problems.isEmpty()) {
            throw new VocabularyException(problems);
        }
        this.sectorTree = new SectorTree(sectors);
    }

    private Map<String, Term> index(Kind kind, List<Term> list, List<String> problems, boolean labelsRequired) {
        Map<String, Term> byCode = new LinkedHashMap<>();
        if (list.isEmpty()) {
            problems.add(kind.plural() + " are empty");
        }
        for (Term term : list) {
            if (term.code() == null || !term.code().matches("[A-Za-z][A-Za-z0-9-]{0,63}")) {
                problems.add(kind.plural() + ": bad code '" + term.code() + "'");
                continue;
            }
            if (byCode.put(term.code(), term) != null) {
                problems.add(kind.plural() + ": duplicate code " + term.code());
            }
            if (labelsRequired) {
                for (String language : requiredLanguages) {
                    String label = term.labels().get(language);
                    if (label == null || label.isBlank()) {
                        problems.add(kind.plural() + ": " + term.code() + " has no label in " + language);
                    }
                }
            }
        }
        return byCode;
    }

    public int version() {
        return version;
    }

    public List<String> requiredLanguages() {
        return requiredLanguages;
    }

    public Collection<Term> terms(Kind kind) {
        return terms.get(kind).values();
    }

    public boolean isKnown(Kind kind, String code) {
        return terms.get(kind).containsKey(code);
    }

    public Term term(Kind kind, String code) {
        return terms.get(kind).get(code);
    }

    /** The codes of {@code codes} that are not in the list of {@code kind}, in the given order. */
    public List<String> unknown(Kind kind, Collection<String> codes) {
        if (codes == null) {
            return List.of();
        }
        return codes.stream().filter(code -> code == null || !isKnown(kind, code)).map(String::valueOf).toList();
    }

    public List<String> codes(Kind kind) {
        return List.copyOf(terms.get(kind).keySet());
    }

    public SectorTree sectors() {
        return sectorTree;
    }
}
