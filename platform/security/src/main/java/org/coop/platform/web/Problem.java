package org.coop.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/**
 * One RFC 9457 answer before it is written: members, extension members and response headers
 * (Retry-After, Allow, WWW-Authenticate).
 */
public record Problem(HttpStatusCode status, URI type, String title, String detail,
                      Map<String, Object> properties, HttpHeaders headers) {

    public Problem {
        properties = new LinkedHashMap<>(properties);
        HttpHeaders copy = new HttpHeaders();
        copy.addAll(headers);
        headers = copy;
    }

    public static Problem of(HttpStatusCode status, URI type, String title, String detail) {
        return new Problem(status, type, title, detail, Map.of(), new HttpHeaders());
    }

    public Problem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(properties);
        more.put(name, value);
        return new Problem(status, type, title, detail, more, headers);
    }

    public Problem withHeader(String name, String value) {
        HttpHeaders more = new HttpHeaders();
        more.addAll(headers);
        more.set(name, value);
        return new Problem(status, type, title, detail, properties, more);
    }
}
