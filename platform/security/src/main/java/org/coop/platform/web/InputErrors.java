package org.coop.platform.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns a request body that JSON reading refused at a known place into the field error a client
 * can act on: the field's path as the validators name it ({@code sessions[0].title.zh}), what is
 * expected there, and a code. Messages are written here, never copied from Jackson (they name
 * Java classes).
 */
public final class InputErrors {

    private InputErrors() {
    }

    /** The field error for {@code failure}, if a value of a known field was refused; else empty (malformed JSON). */
    public static Optional<BadRequestException.FieldError> fieldError(Throwable failure) {
        JacksonException refused = refusedValue(failure);
        if (refused == null || refused.getPath().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : refused.getPath()) {
            if (ref.getPropertyName() == null) {
                path.append('[').append(ref.getIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            }
        }
        String field = path.toString();
        if (refused instanceof InputRuleException rule) {
            return Optional.of(new BadRequestException.FieldError(field, rule.getOriginalMessage(), rule.code()));
        }
        if (refused instanceof InvalidNullException) {
            return Optional.of(new BadRequestException.FieldError(field, "must not be null", "NotNull"));
        }
        if (refused instanceof InputCoercionException) {
            return Optional.of(new BadRequestException.FieldError(field, "is out of range", "Range"));
        }
        Class<?> expected = refused instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        return Optional.of(new BadRequestException.FieldError(field, expectation(expected), "TypeMismatch"));
    }

    /** A value the mapper refused (binding, or a number out of range); syntax errors are not values. */
    private static JacksonException refusedValue(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabindException || t instanceof InputCoercionException) {
                return (JacksonException) t;
            }
        }
        return null;
    }

    static String expectation(Class<?> type) {
        if (type == null) {
            return "has the wrong type or format";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "must be text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "must be a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == BigDecimal.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "must be a date like \"2027-03-01\"";
        }
        if (type == LocalDateTime.class) {
            return "must be a local date and time like \"2027-03-01T09:30\"";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "must be an instant like \"2027-03-01T01:30:00Z\"";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be an object";
        }
        return "has the wrong type or format";
    }
}
