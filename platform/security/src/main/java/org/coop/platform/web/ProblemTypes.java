package org.coop.platform.web;

import java.net.URI;

/**
 * Stable {@code type} URIs of the platform's Problem Details (RFC 9457). Clients branch on these,
 * never on titles; docs/problems.md explains each.
 */
public final class ProblemTypes {

    public static final String BASE = "https://coop-platform.example/problems/";

    public static final URI VALIDATION = of("validation-failed");
    public static final URI MALFORMED_REQUEST = of("malformed-request");
    public static final URI UNAUTHENTICATED = of("unauthenticated");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI NOT_ACCEPTABLE = of("not-acceptable");
    public static final URI CONFLICT = of("conflict");
    public static final URI CONCURRENT_MODIFICATION = of("concurrent-modification");
    public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");
    public static final URI URI_TOO_LONG = of("uri-too-long");
    public static final URI HEADERS_TOO_LARGE = of("headers-too-large");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI RULE_VIOLATION = of("rule-violation");
    public static final URI RATE_LIMITED = of("rate-limited");
    public static final URI INTERNAL = of("internal-error");
    public static final URI SERVICE_UNAVAILABLE = of("service-unavailable");
    public static final URI GATEWAY_TIMEOUT = of("gateway-timeout");

    private ProblemTypes() {
    }

    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }
}
