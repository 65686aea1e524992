package org.coop.platform.web;

import org.springframework.http.HttpStatus;

/** 409: the request clashes with the current state (a duplicate, a transition not allowed now). */
public class ConflictException extends ApiException {

    public ConflictException(String detail) {
        super(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", detail);
    }
}
