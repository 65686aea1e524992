package org.coop.platform.web;

import org.springframework.core.annotation.Order;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Answers every failure that reaches the web layer (controllers, routing, body decoding,
 * filters) as Problem Details. Ordered before Spring Boot's default handler, which would
 * otherwise write its own JSON shape.
 */
@Order(-2)
public class ProblemDetailsExceptionHandler implements WebExceptionHandler {

    private final ProblemMapper mapper;
    private final ProblemDetailsWriter writer;

    public ProblemDetailsExceptionHandler(ProblemMapper mapper, ProblemDetailsWriter writer) {
        this.mapper = mapper;
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        return writer.write(exchange, mapper.map(failure, exchange.getRequest().getId()));
    }
}
