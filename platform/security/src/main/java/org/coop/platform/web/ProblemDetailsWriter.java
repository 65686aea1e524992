package org.coop.platform.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Problem} as {@code application/problem+json}, with {@code instance} set to the
 * request path, the request id for support, and the title in the caller's language where known.
 */
public class ProblemDetailsWriter {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    /**
     * The challenge of a 401 that names no token error: RFC 9110 §15.5.2 requires a challenge on
     * every 401, and RFC 6750 §3 says it carries no error code when no token was presented (a
     * failed sign-in, a missing token).
     */
    public static final String DEFAULT_CHALLENGE = "Bearer realm=\"coop-platform\"";

    private final JsonMapper json = JsonMapper.builder().build();
    private final ProblemTitles titles = new ProblemTitles();

    public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(problem.status());
        response.getHeaders().putAll(problem.headers());
        if (problem.status().value() == HttpStatus.UNAUTHORIZED.value()
                && !response.getHeaders().containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, DEFAULT_CHALLENGE);
        }
        response.getHeaders().setContentType(PROBLEM_JSON);
        Locale locale = exchange.getLocaleContext().getLocale();
        byte[] body = json.writeValueAsBytes(body(problem, exchange.getRequest().getPath().value(),
                exchange.getRequest().getId(), locale));
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    Map<String, Object> body(Problem problem, String instance, String requestId, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type().toString());
        body.put("title", titles.title(problem.type(), problem.title(), locale));
        body.put("status", problem.status().value());
        body.put("detail", problem.detail());
        if (instance != null) {
            body.put("instance", instance);
        }
        problem.properties().forEach(body::putIfAbsent);
        body.put("requestId", requestId);
        return body;
    }
}
