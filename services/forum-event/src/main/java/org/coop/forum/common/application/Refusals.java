package org.coop.forum.common.application;

import java.time.Duration;
import java.util.function.Supplier;
import org.coop.forum.common.domain.Refused;
import org.coop.platform.web.BadRequestException;
import org.coop.platform.web.ConflictException;
import org.coop.platform.web.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** How the domain's refusals are answered (404, 403, 409, 400 Problem Details), and retries of lost races. */
public final class Refusals {

    private static final int RACE_ATTEMPTS = 20;

    private Refusals() {
    }

    public static Throwable translate(Throwable error, String kind, String id) {
        if (error instanceof Refused refused) {
            return switch (refused.reason()) {
                case NOT_FOUND -> new NotFoundException(kind, id);
                case NOT_PERMITTED -> new AccessDeniedException(refused.getMessage());
                case WRONG_STATE -> new ConflictException(refused.getMessage());
                case INVALID -> new BadRequestException(refused.getMessage(), refused.problems().stream()
                        .map(p -> new BadRequestException.FieldError(p.field(), p.message(), p.code())).toList());
            };
        }
        return error;
    }

    /** The domain refusal for an object the caller may not see (answered as a 404). */
    public static Refused notFound() {
        return new Refused(Refused.Reason.NOT_FOUND, "not found");
    }

    /**
     * Runs a read-change-write again (re-reading) while it loses the optimistic-lock race to a
     * concurrent writer of the same aggregate; a burst on one registration settles in a few rounds.
     */
    public static <T> Mono<T> retryingRaces(Supplier<Mono<T>> readChangeWrite) {
        return Mono.defer(readChangeWrite)
                .retryWhen(Retry.backoff(RACE_ATTEMPTS, Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(200))
                        .filter(OptimisticLockingFailureException.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
    }
}
