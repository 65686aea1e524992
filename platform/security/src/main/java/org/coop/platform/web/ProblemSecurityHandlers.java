package org.coop.platform.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401, 403 and the firewall's refusals from the security chain, as Problem Details like every
 * other error. Being the application's only {@link ServerExchangeRejectedHandler} bean, it
 * replaces Spring Security's default, which answers an empty 400 for a path with {@code %2F},
 * {@code //}, {@code ;} or {@code %2e%2e}.
 */
public class ProblemSecurityHandlers
        implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler, ServerExchangeRejectedHandler {

    private final ProblemMapper mapper;
    private final ProblemDetailsWriter writer;

    public ProblemSecurityHandlers(ProblemMapper mapper, ProblemDetailsWriter writer) {
        this.mapper = mapper;
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth) {
            return writer.write(exchange, mapper.unauthenticated(
                    oauth.getError() != null ? oauth.getError().getDescription() : null));
        }
        // No token was presented: the writer adds the challenge without an error code.
        return writer.write(exchange, mapper.forStatus(org.springframework.http.HttpStatus.UNAUTHORIZED));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return writer.write(exchange, mapper.forbidden(denied.getMessage()));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return writer.write(exchange, mapper.rejected(rejected));
    }
}
