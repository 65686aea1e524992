package org.coop.approval.policy.domain;

/** One thing wrong with a policy document: where ({@code path}, e.g. {@code routes[1].steps[0]}) and what. */
public record PolicyProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
