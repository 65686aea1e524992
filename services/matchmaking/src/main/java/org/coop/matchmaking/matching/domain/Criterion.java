package org.coop.matchmaking.matching.domain;

/** The criteria a match is scored on; each gives a value in [0, 1] and a reason. */
public enum Criterion {
    MODES("mode"), SECTORS("sector"), COUNTRIES("country"), LANGUAGES("language"), KEYWORDS("keywords"),
    CAPACITY("capacity");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    /** How the criterion is named at the start of a reason. */
    public String label() {
        return label;
    }
}
