package org.coop.platform.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** An authenticated request: the verified token and the {@link PlatformPrincipal} read from it. */
public class PlatformAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    private final PlatformPrincipal principal;

    public PlatformAuthentication(Jwt jwt, PlatformPrincipal principal,
                                  Collection<? extends GrantedAuthority> authorities) {
        super(jwt, principal, jwt, authorities);
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public PlatformPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public java.util.Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    @Override
    public String getName() {
        return principal.username() != null ? principal.username() : principal.userId();
    }
}
