package org.coop.gateway.routing;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.coop.platform.web.ServiceUnavailableException;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Guards one route: the proxied call runs inside the service's circuit breaker, and a refused
 * connection, a response that does not come within the route's timeout, or an open circuit
 * becomes 503 Problem Details naming the service (never a stack trace, never a hang).
 */
class ServiceAvailabilityFilter implements GatewayFilter, Ordered {

    private final String service;
    private final CircuitBreaker breaker;
    private final Duration responseTimeout;

    ServiceAvailabilityFilter(String service, CircuitBreaker breaker, Duration responseTimeout) {
        this.service = service;
        this.breaker = breaker;
        this.responseTimeout = responseTimeout;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange)
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .onErrorMap(this::isUnavailability, this::unavailable);
    }

    private boolean isUnavailability(Throwable error) {
        return error instanceof CallNotPermittedException
                || error instanceof ConnectException
                || error instanceof TimeoutException
                || error instanceof io.netty.handler.timeout.TimeoutException
                || error instanceof io.netty.channel.ConnectTimeoutException
                || (error instanceof ResponseStatusException status
                        && (status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()
                            || status.getStatusCode().value() == HttpStatus.SERVICE_UNAVAILABLE.value()));
    }

    private Throwable unavailable(Throwable error) {
        String detail = error instanceof CallNotPermittedException
                ? "The " + service + " service has been failing; requests to it are paused for a few seconds"
                : error instanceof ConnectException || error instanceof io.netty.channel.ConnectTimeoutException
                        ? "The " + service + " service is not reachable"
                        : "The " + service + " service did not answer within " + responseTimeout.toSeconds() + " s";
        ServiceUnavailableException unavailable = new ServiceUnavailableException(detail);
        unavailable.with("service", service);
        if (error instanceof CallNotPermittedException) {
            unavailable.retryAfter(breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1) == null
                    ? Duration.ofSeconds(5)
                    : Duration.ofMillis(breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1)));
        }
        return unavailable;
    }

    /** Before Spring Cloud Gateway's routing filter, so it sees that filter's failures. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
