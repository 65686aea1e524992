package org.coop.platform.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 and 403 from the security chain, as Problem Details like every other error. */
public class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ProblemMapper mapper;
    private final ProblemDetailsWriter writer;

    public ProblemSecurityHandlers(ProblemMapper mapper, ProblemDetailsWriter writer) {
        this.mapper = mapper;
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        String reason = failure instanceof OAuth2AuthenticationException oauth && oauth.getError() != null
                ? oauth.getError().getDescription() : null;
        return writer.write(exchange, mapper.unauthenticated(reason));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return writer.write(exchange, mapper.forbidden(denied.getMessage()));
    }
}
