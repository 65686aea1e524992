package org.coop.platform.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * 422: a well-formed request that breaks a business rule (a policy, a lifecycle). Every broken
 * rule is listed at once with its name and the values that broke it.
 */
public class RuleViolationException extends ApiException {

    public RuleViolationException(String detail, List<Violation> violations) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.RULE_VIOLATION, "Rule violated", detail);
        with("violations", List.copyOf(violations));
    }

    public record Violation(String rule, String message, Map<String, Object> values) {
    }
}
