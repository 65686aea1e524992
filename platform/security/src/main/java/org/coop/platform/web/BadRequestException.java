package org.coop.platform.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** 400 with field errors, for checks Bean Validation cannot express (cross-field, vocabularies). */
public class BadRequestException extends ApiException {

    public BadRequestException(String detail, List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Validation failed", detail);
        with("errors", List.copyOf(errors));
    }

    public BadRequestException(FieldError error) {
        this(error.field() + ": " + error.message(), List.of(error));
    }

    /** One rejected field: where, why, and a machine code a client can translate. */
    public record FieldError(String field, String message, String code) {
    }
}
