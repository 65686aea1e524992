package org.coop.matchmaking.vocabulary.adapter;

import java.util.List;
import java.util.Map;
import org.coop.matchmaking.vocabulary.domain.Vocabulary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/matchmaking/vocabulary}: every code a need, offer or subscription may use, with labels. */
@RestController
@RequestMapping("/api/matchmaking/vocabulary")
public class VocabularyController {

    private final VocabularyView view;

    public VocabularyController(Vocabulary vocabulary) {
        this.view = new VocabularyView(vocabulary.version(),
                terms(vocabulary, Vocabulary.Kind.MODE), terms(vocabulary, Vocabulary.Kind.SECTOR),
                terms(vocabulary, Vocabulary.Kind.COUNTRY), terms(vocabulary, Vocabulary.Kind.LANGUAGE));
    }

    @GetMapping
    public VocabularyView vocabulary() {
        return view;
    }

    private static List<TermView> terms(Vocabulary vocabulary, Vocabulary.Kind kind) {
        return vocabulary.terms(kind).stream().map(t -> new TermView(t.code(), t.parent(), t.labels())).toList();
    }

    /** The vocabulary as served. */
    public record VocabularyView(int version, List<TermView> modes, List<TermView> sectors,
                                 List<TermView> countries, List<TermView> languages) {
    }

    /** One code with its parent (sectors) and labels by language. */
    public record TermView(String code, String parent, Map<String, String> labels) {
    }
}
