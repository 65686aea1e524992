package org.coop.matchmaking.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.coop.matchmaking.notify.WebhookSigner;

/** A webhook receiver on loopback that fails the first {@code failures} attempts of each delivery. */
final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    record Request(String delivery, String event, String timestamp, String signature, String body, int answered) {
    }

    WebhookReceiver(int failures) throws IOException {
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            String delivery = exchange.getRequestHeaders().getFirst(WebhookSigner.DELIVERY);
            int attempt = attempts.computeIfAbsent(delivery, d -> new AtomicInteger()).incrementAndGet();
            int status = attempt <= failures ? 500 : 204;
            requests.add(new Request(delivery, exchange.getRequestHeaders().getFirst(WebhookSigner.EVENT),
                    exchange.getRequestHeaders().getFirst(WebhookSigner.TIMESTAMP),
                    exchange.getRequestHeaders().getFirst(WebhookSigner.SIGNATURE),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Request> requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
