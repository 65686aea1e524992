package org.coop.matchmaking.vocabulary.domain;

import java.util.List;

/** Vocabulary data that breaks its own rules; the service refuses to start with it. */
public class VocabularyException extends RuntimeException {

    private final List<String> problems;

    public VocabularyException(List<String> problems) {
        super("the vocabulary is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
