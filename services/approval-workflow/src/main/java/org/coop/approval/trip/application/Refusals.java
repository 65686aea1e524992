package org.coop.approval.trip.application;

import java.util.List;
import org.coop.approval.trip.domain.TripRefused;
import org.coop.approval.trip.domain.Violation;
import org.coop.platform.web.BadRequestException;
import org.coop.platform.web.ConflictException;
import org.coop.platform.web.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;

/** How the domain's refusals and broken rules are answered (403, 409, 400, 422 Problem Details). */
final class Refusals {

    private Refusals() {
    }

    static Throwable translate(Throwable error) {
        if (error instanceof TripRefused refused) {
            return switch (refused.reason()) {
                case NOT_PERMITTED -> new AccessDeniedException(refused.getMessage());
                case WRONG_STATE -> new ConflictException(refused.getMessage());
                case INVALID -> new BadRequestException(new BadRequestException.FieldError(
                        refused.field() == null ? "request" : refused.field(), refused.getMessage(), "invalid"));
            };
        }
        return error;
    }

    static RuleViolationException ruleViolations(List<Violation> violations) {
        return new RuleViolationException(violations.size() + " trip rule(s) broken: " + String.join("; ",
                violations.stream().map(Violation::message).toList()),
                violations.stream().map(v -> new RuleViolationException.Violation(v.rule(), v.message(), v.values()))
                        .toList());
    }
}
