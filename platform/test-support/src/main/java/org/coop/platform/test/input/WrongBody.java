package org.coop.platform.test.input;

import java.nio.charset.StandardCharsets;

/**
 * One request body that must be refused, as the exact JSON text sent (it may be malformed on
 * purpose), and what is wrong with it, for the failure report.
 */
public record WrongBody(String whatIsWrong, String json) {

    public byte[] bytes() {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** The body for a failure message: long texts (oversized strings, deep nesting) shortened. */
    @Override
    public String toString() {
        String shown = json.length() <= 400 ? json : json.substring(0, 300) + "…(" + json.length() + " chars)";
        return whatIsWrong + " | " + shown;
    }
}
