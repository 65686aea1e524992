package org.coop.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the platform the way a client does: through the gateway, signed in as a demo user. */
final class GatewayClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String gatewayUrl;
    private final String password;
    private final Map<String, String> tokens = new HashMap<>();

    GatewayClient(String gatewayUrl, String password) {
        this.gatewayUrl = gatewayUrl;
        this.password = password;
    }

    String token(String username) {
        return tokens.computeIfAbsent(username, name -> send("POST", "/api/auth/token", null,
                Map.of("username", name, "password", password)).get("access_token").asString());
    }

    JsonNode post(String username, String path, Object body) {
        return send("POST", path, token(username), body);
    }

    JsonNode get(String username, String path) {
        return send("GET", path, token(username), null);
    }

    /** A call whose answer the caller judges itself (tests check refusals this way). */
    Reply call(String username, String method, String path, Object body) {
        return exchange(method, path, username == null ? null : token(username), body);
    }

    record Reply(int status, String body) {
        JsonNode json() {
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        }
    }

    private JsonNode send(String method, String path, String token, Object body) {
        Reply reply = exchange(method, path, token, body);
        if (reply.status() >= 300) {
            throw new StackException(method + " " + path + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.json();
    }

    /**
     * A client per request, so every request has a connection of its own: the gateway's Reactor
     * Netty 1.3.6 sometimes stops reading a keep-alive connection after a response that completed
     * at once (a 404, a redirect), and the next request on it would wait for nothing (see
     * docs/gateway.md). HTTP/1.1, as browsers speak to it.
     */
    static HttpClient freshClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private Reply exchange(String method, String path, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = freshClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new StackException(method + " " + path + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException(method + " " + path + " was interrupted");
        }
    }
}
