package org.coop.platform.web;

import org.springframework.http.HttpStatus;

/** 503: a dependency is away; the request changed nothing and may be retried. */
public class ServiceUnavailableException extends ApiException {

    public ServiceUnavailableException(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable", detail);
    }
}
