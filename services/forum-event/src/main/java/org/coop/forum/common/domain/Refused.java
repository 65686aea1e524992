package org.coop.forum.common.domain;

import java.util.List;

/**
 * An action the domain does not allow. {@link Reason} tells the adapter how to answer: the
 * object is not the caller's to see (NOT_FOUND, never confirming that it exists), the caller may
 * not act (NOT_PERMITTED), the object is not in a state for it (WRONG_STATE), or the input is
 * wrong (INVALID, with every field problem).
 */
public class Refused extends RuntimeException {

    public enum Reason {
        NOT_FOUND,
        NOT_PERMITTED,
        WRONG_STATE,
        INVALID
    }

    private final Reason reason;
    private final List<FieldProblem> problems;

    public Refused(Reason reason, String message) {
        super(message);
        this.reason = reason;
        this.problems = List.of();
    }

    private Refused(List<FieldProblem> problems) {
        super(problems.size() + " field(s) rejected");
        this.reason = Reason.INVALID;
        this.problems = List.copyOf(problems);
    }

    /** Throws an INVALID refusal listing {@code problems}, if there are any. */
    public static void unlessEmpty(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
    }

    public static Refused invalid(String field, String message) {
        return new Refused(List.of(new FieldProblem(field, message, "invalid")));
    }

    public static Refused wrongState(String message) {
        return new Refused(Reason.WRONG_STATE, message);
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
