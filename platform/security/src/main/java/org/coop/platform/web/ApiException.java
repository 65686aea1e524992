package org.coop.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An error a handler raises on purpose; it becomes a Problem Details answer with its status,
 * type, title and extra members. Its message is shown to the caller, so it must be written for them.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final URI type;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private java.time.Duration retryAfter;

    public ApiException(HttpStatus status, URI type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** When a retry may succeed; sent as {@code Retry-After} (whole seconds, at least 1). */
    public java.time.Duration retryAfter() {
        return retryAfter;
    }

    public ApiException retryAfter(java.time.Duration after) {
        this.retryAfter = after;
        return this;
    }

    /** Adds an extension member to the problem (e.g. {@code violations}). */
    public ApiException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }
}
