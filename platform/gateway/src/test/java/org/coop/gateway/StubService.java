package org.coop.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/** A real HTTP server standing in for a service behind the gateway: it echoes what it received, pauses, or stalls. */
final class StubService implements AutoCloseable {

    private final HttpServer server;

    StubService() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/matchmaking/echo", exchange -> respond(exchange, 200, "{\"authorization\":\""
                + header(exchange, "Authorization") + "\",\"requestId\":\"" + header(exchange, "X-Request-Id") + "\"}"));
        server.createContext("/api/approvals/public/", exchange -> respond(exchange, 200, "{\"public\":true}"));
        server.createContext("/api/matchmaking/pause", exchange -> respondAfter(exchange, 200));
        server.createContext("/api/matchmaking/slow", exchange -> respondAfter(exchange, 5000));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static String header(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }

    private static void respondAfter(HttpExchange exchange, long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        respond(exchange, 200, "{}");
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
