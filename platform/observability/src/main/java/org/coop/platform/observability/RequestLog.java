package org.coop.platform.observability;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One DEBUG line per HTTP request, written in the request's trace (so the line carries its trace
 * id): method, path, status, time. Off unless {@code logging.level.org.coop.platform.observability}
 * is DEBUG; the request metrics ({@code http.server.requests}) are always on.
 */
public class RequestLog implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);

    private final ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().build();
    private final String application;

    /** @param application the application's name, first on each line (the local stack runs several in one log) */
    public RequestLog(String application) {
        this.application = application;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!log.isDebugEnabled()) {
            return chain.filter(exchange);
        }
        long started = System.nanoTime();
        return Mono.deferContextual(context -> chain.filter(exchange).doFinally(signal -> {
            // The request's observation lives in the Reactor context; restoring it puts its span in
            // scope on this thread, and with it the trace id in the logging context.
            try (ContextSnapshot.Scope scope = snapshots.setThreadLocalsFrom(context)) {
                log.debug("{} {} {} -> {} in {} ms", application, exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath().value(), exchange.getResponse().getStatusCode(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        }));
    }

    /** Late, so the security filters have answered 401/403 already (and the observation is open). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 100;
    }
}
