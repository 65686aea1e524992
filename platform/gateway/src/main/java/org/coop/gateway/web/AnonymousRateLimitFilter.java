package org.coop.gateway.web;

import org.coop.gateway.PlatformGatewayProperties;
import org.coop.gateway.auth.KeyedRateLimiters;
import org.coop.platform.web.ProblemDetailsWriter;
import org.coop.platform.web.ProblemMapper;
import org.coop.platform.web.TooManyRequestsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits requests without a token to the API (public summaries, sign-in included) per client
 * address, so public endpoints cannot be used to hammer the services. Signed-in traffic is not
 * limited here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class AnonymousRateLimitFilter implements WebFilter {

    private final KeyedRateLimiters limiters;
    private final ProblemMapper mapper;
    private final ProblemDetailsWriter writer;

    public AnonymousRateLimitFilter(PlatformGatewayProperties properties, ProblemMapper mapper,
                                    ProblemDetailsWriter writer) {
        this.limiters = new KeyedRateLimiters("anonymous", properties.getAnonymousPerClientPerMinute());
        this.mapper = mapper;
        this.writer = writer;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith("/api/") || exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            return chain.filter(exchange);
        }
        try {
            limiters.acquire(ClientAddress.of(exchange), "requests without a token from this address");
        } catch (TooManyRequestsException limited) {
            return writer.write(exchange, mapper.map(limited, exchange.getRequest().getId()));
        }
        return chain.filter(exchange);
    }
}
