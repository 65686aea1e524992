package org.coop.platform.security;

import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * A service's path rules, applied after the platform's public paths and before the catch-all
 * "authenticated" rule. Role checks that depend on the object stay in the handlers ({@link Access}).
 */
@FunctionalInterface
public interface AuthorizationRules {

    void customize(ServerHttpSecurity.AuthorizeExchangeSpec exchanges);
}
