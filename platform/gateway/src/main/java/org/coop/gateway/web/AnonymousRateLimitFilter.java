package org.coop.gateway.web;

import org.coop.gateway.PlatformGatewayProperties;
import org.coop.gateway.auth.KeyedRateLimiters;
import org.coop.platform.web.ProblemDetailsWriter;
import org.coop.platform.web.ProblemMapper;
import org.coop.platform.web.TooManyRequestsException;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits API requests that carry no verified token (public summaries, sign-in included) per client
 * address, so public endpoints cannot be used to hammer the services. Only a request whose bearer
 * token the security chain has verified is exempt: it runs after that chain and asks it, so an
 * {@code Authorization} header of another scheme ({@code Basic}, {@code Digest}, anything) counts
 * as anonymous, and a token that fails verification never gets here (401).
 */
@Component
@Order(AnonymousRateLimitFilter.ORDER)
public class AnonymousRateLimitFilter implements WebFilter {

    /**
     * Right after Spring Security's filter chain, which verifies bearer tokens (its order is
     * {@code WebFluxSecurityConfiguration.WEB_FILTER_CHAIN_FILTER_ORDER}, -100, not public).
     */
    public static final int ORDER = -100 + 1;

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

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
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(TRUST::isAuthenticated)
                .hasElement()
                .flatMap(verified -> verified ? chain.filter(exchange) : limited(exchange, chain));
    }

    private Mono<Void> limited(ServerWebExchange exchange, WebFilterChain chain) {
        try {
            limiters.acquire(ClientAddress.of(exchange), "requests without a verified token from this address");
        } catch (TooManyRequestsException limited) {
            return writer.write(exchange, mapper.map(limited, exchange.getRequest().getId()));
        }
        return chain.filter(exchange);
    }
}
