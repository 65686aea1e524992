package org.coop.platform.web;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives a Problem Details body to an error answer that something completed without one. Failures
 * that are thrown reach {@link ProblemDetailsExceptionHandler}; this catches the ones that only set
 * a status: an actuator endpoint's 404 for an unknown health group or component, a filter that
 * sets 4xx and stops the chain. Runs first, so every later filter and handler writes through it.
 *
 * <p>Untouched: answers with a body or a content type of their own (a service's answer relayed by
 * the gateway), statuses below 400, and HEAD requests, whose answers have no body.
 */
public class EmptyErrorProblemFilter implements WebFilter, Ordered {

    /** Before Spring Security's filter chain (-100) and every platform filter. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    private final ProblemMapper mapper;
    private final ProblemDetailsWriter writer;

    public EmptyErrorProblemFilter(ProblemMapper mapper, ProblemDetailsWriter writer) {
        this.mapper = mapper;
        this.writer = writer;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (HttpMethod.HEAD.equals(exchange.getRequest().getMethod())) {
            return chain.filter(exchange);
        }
        ServerWebExchange[] decorated = new ServerWebExchange[1];
        ServerHttpResponse response = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> setComplete() {
                return Mono.defer(() -> lacksBody(getDelegate())
                        ? writer.write(decorated[0], mapper.forStatus(getDelegate().getStatusCode()))
                        : getDelegate().setComplete());
            }
        };
        decorated[0] = exchange.mutate().response(response).build();
        return chain.filter(decorated[0])
                .then(Mono.defer(() -> lacksBody(response)
                        ? writer.write(decorated[0], mapper.forStatus(response.getStatusCode()))
                        : Mono.empty()));
    }

    private static boolean lacksBody(ServerHttpResponse response) {
        HttpStatusCode status = response.getStatusCode();
        return status != null && status.value() >= 400 && !response.isCommitted()
                && response.getHeaders().getContentType() == null;
    }
}
