package org.coop.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value of a request body that {@link StrictJsonInput} refuses. Its original message is written
 * for the caller (it becomes the field error's message), and {@link #code()} is the field error's
 * machine code. Jackson adds the JSON path on its way out.
 */
public class InputRuleException extends MismatchedInputException {

    private final String code;

    public InputRuleException(JsonParser parser, String callerMessage, String code, Class<?> targetType) {
        super(parser, callerMessage, targetType);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
