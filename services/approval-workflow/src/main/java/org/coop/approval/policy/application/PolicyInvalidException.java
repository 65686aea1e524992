package org.coop.approval.policy.application;

import java.util.List;
import java.util.stream.Collectors;
import org.coop.approval.policy.domain.PolicyProblem;

/** A policy document that cannot be used, with every problem found in it. */
public class PolicyInvalidException extends RuntimeException {

    private final List<PolicyProblem> problems;

    public PolicyInvalidException(String source, List<PolicyProblem> problems) {
        super("trip policy " + source + " is invalid:\n  " + problems.stream().map(PolicyProblem::toString)
                .collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<PolicyProblem> problems() {
        return problems;
    }
}
