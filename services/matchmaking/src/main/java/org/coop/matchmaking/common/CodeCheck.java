package org.coop.matchmaking.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.coop.matchmaking.vocabulary.domain.Vocabulary;
import org.coop.platform.web.BadRequestException;

/**
 * Checks request codes against the vocabulary. An unknown code is a 400 whose field error names
 * it and lists every valid code of that list, so a client can correct itself.
 */
public final class CodeCheck {

    private final Vocabulary vocabulary;
    private final List<BadRequestException.FieldError> errors = new ArrayList<>();

    public CodeCheck(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public CodeCheck check(String field, Vocabulary.Kind kind, Collection<String> codes) {
        List<String> unknown = vocabulary.unknown(kind, codes);
        if (!unknown.isEmpty()) {
            errors.add(new BadRequestException.FieldError(field, "unknown " + kind.plural() + " " + unknown
                    + "; valid: " + String.join(", ", vocabulary.codes(kind)), "UnknownCode"));
        }
        return this;
    }

    /** A cross-field rule: adds {@code message} for {@code field} when {@code broken}. */
    public CodeCheck rule(boolean broken, String field, String message, String code) {
        if (broken) {
            errors.add(new BadRequestException.FieldError(field, message, code));
        }
        return this;
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors.stream().map(e -> e.field() + ": " + e.message())
                    .reduce((a, b) -> a + "; " + b).orElse("invalid"), errors);
        }
    }
}
