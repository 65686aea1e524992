package org.coop.proposal.agreement.application;

import org.coop.platform.web.BadRequestException;
import org.coop.platform.web.ConflictException;
import org.coop.proposal.agreement.domain.FieldProblem;
import org.coop.proposal.agreement.domain.ProposalRefused;
import org.springframework.security.access.AccessDeniedException;

/** How the domain's refusals are answered: 400 with field errors, 409 for state, turn and version, 403 for readers. */
final class Refusals {

    private Refusals() {
    }

    static Throwable translate(Throwable error) {
        if (error instanceof ProposalRefused refused) {
            return switch (refused.reason()) {
                case INVALID -> new BadRequestException(refused.getMessage(),
                        refused.problems().stream().map(Refusals::fieldError).toList());
                case WRONG_STATE, STALE_VERSION, OUT_OF_TURN -> new ConflictException(refused.getMessage())
                        .with("reason", refused.reason().name());
                case NOT_A_PARTY -> new AccessDeniedException(refused.getMessage());
            };
        }
        return error;
    }

    private static BadRequestException.FieldError fieldError(FieldProblem problem) {
        return new BadRequestException.FieldError(problem.field(), problem.message(), "invalid");
    }
}
