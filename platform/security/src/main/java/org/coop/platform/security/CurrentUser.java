package org.coop.platform.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import reactor.core.publisher.Mono;

/** The caller of the current request, for handlers that need more than a path rule. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The principal, or an error that becomes 401 when the request is anonymous. */
    public static Mono<PlatformPrincipal> get() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .filter(authentication -> authentication.getPrincipal() instanceof PlatformPrincipal)
                .map(authentication -> (PlatformPrincipal) authentication.getPrincipal())
                .switchIfEmpty(Mono.error(() -> new AuthenticationCredentialsNotFoundException("no authenticated caller")));
    }
}
