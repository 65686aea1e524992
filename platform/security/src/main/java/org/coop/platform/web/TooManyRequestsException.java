package org.coop.platform.web;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** 429 with the time after which a retry may succeed (sent as {@code Retry-After}). */
public class TooManyRequestsException extends ApiException {

    public TooManyRequestsException(String detail, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.RATE_LIMITED, "Too many requests", detail);
        retryAfter(retryAfter);
    }
}
