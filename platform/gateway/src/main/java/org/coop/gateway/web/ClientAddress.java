package org.coop.gateway.web;

import java.net.InetSocketAddress;
import java.util.Optional;
import org.springframework.web.server.ServerWebExchange;

/**
 * The address a request came from, as the key of per-client limits. Behind a trusted proxy set
 * {@code server.forward-headers-strategy=framework} so this is the original client's address.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getRequest().getRemoteAddress())
                .map(InetSocketAddress::getAddress)
                .map(java.net.InetAddress::getHostAddress)
                .orElse("unknown");
    }
}
