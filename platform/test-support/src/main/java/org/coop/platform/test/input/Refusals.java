package org.coop.platform.test.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a wrong body and checks the answer is a refusal of it: 4xx Problem Details with a type, a
 * title and the status, never 5xx (and not 429, which would hide whether the body was checked).
 */
public final class Refusals {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Refusals() {
    }

    /** A client of the application on {@code port} on this machine, patient enough for oversized bodies on a busy CI machine. */
    public static WebTestClient client(int port) {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** Sends {@code body} as JSON to {@code uri} with the bearer token (none if null) and checks the refusal. */
    public static Map<String, Object> assertRefused(WebTestClient client, HttpMethod method, String uri, String token,
                                                    WrongBody body) {
        WebTestClient.RequestBodySpec request = client.method(method).uri(uri).contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request.headers(headers -> headers.setBearerAuth(token));
        }
        return assertRefused(request.bodyValue(body.bytes()).exchange().expectBody().returnResult());
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> assertRefused(EntityExchangeResult<byte[]> answer) {
        int status = answer.getStatus().value();
        byte[] content = answer.getResponseBody();
        String text = content == null ? "" : new String(content, StandardCharsets.UTF_8);
        assertThat(status).as("status (answer: %s)", text).isBetween(400, 499)
                .as("429 says nothing about the body: raise the test's rate limit").isNotEqualTo(429);
        assertThat(answer.getResponseHeaders().getContentType()).as("content type of a %d", status).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON), "application/problem+json");
        Map<String, Object> problem = JSON.readValue(text, Map.class);
        assertThat(problem.get("type")).as("type of %s", text).asString().startsWith("https://");
        assertThat(problem.get("title")).as("title of %s", text).asString().isNotBlank();
        assertThat(problem.get("status")).as("status member of %s", text).isEqualTo(status);
        return problem;
    }
}
