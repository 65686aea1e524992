package org.coop.proposal.agreement.adapter.web;

import java.util.ArrayList;
import java.util.List;
import org.coop.platform.web.BadRequestException;

/**
 * One page of a list answer, and the bounds of the {@code page} (from 0) and {@code size} (1 to
 * {@value #MAX_SIZE}) parameters, checked together so both errors are named at once.
 */
public record PageOf<T>(List<T> items, int page, int size) {

    static final int MAX_SIZE = 100;

    static void requireValid(int page, int size) {
        List<BadRequestException.FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new BadRequestException.FieldError("page", "must be 0 or more", "min"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new BadRequestException.FieldError("size", "must be between 1 and " + MAX_SIZE, "range"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("page and size are out of range", errors);
        }
    }
}
