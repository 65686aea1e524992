package org.coop.platform.web;

import org.springframework.http.HttpStatus;

/** 404: the object does not exist, or the caller may not know that it does. */
public class NotFoundException extends ApiException {

    public NotFoundException(String kind, String id) {
        super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", "No " + kind + " with id " + id);
    }
}
