package org.coop.proposal.agreement.domain;

import java.util.List;

/**
 * An action the proposal does not allow. {@link Reason} tells the adapter how to answer: the input
 * is wrong (INVALID, with every problem), the proposal is not in a state for it (WRONG_STATE), the
 * caller revised an older version (STALE_VERSION), a party signs before its turn (OUT_OF_TURN), or
 * the caller may see the proposal but is not one of its parties (NOT_A_PARTY).
 */
public class ProposalRefused extends RuntimeException {

    public enum Reason {
        INVALID,
        WRONG_STATE,
        STALE_VERSION,
        OUT_OF_TURN,
        NOT_A_PARTY
    }

    private final Reason reason;
    private final transient List<FieldProblem> problems;

    public ProposalRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
        this.problems = List.of();
    }

    public ProposalRefused(List<FieldProblem> problems) {
        super(String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList()));
        this.reason = Reason.INVALID;
        this.problems = List.copyOf(problems);
    }

    /** Throws INVALID with every problem when there is any. */
    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ProposalRefused(problems);
        }
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
