package org.coop.proposal.agreement.domain;

/** One rejected input: where ({@code title.xx}, {@code parties[1].role}) and why. */
public record FieldProblem(String field, String message) {
}
