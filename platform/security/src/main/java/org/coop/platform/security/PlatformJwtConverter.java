package org.coop.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * Turns a verified token into a {@link PlatformAuthentication}. A token without an organization
 * or with an unknown role is rejected (401), because every rule of the platform depends on both.
 */
public class PlatformJwtConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        return Mono.fromCallable(() -> toAuthentication(jwt));
    }

    public PlatformAuthentication toAuthentication(Jwt jwt) {
        String organization = jwt.getClaimAsString(TokenClaims.ORGANIZATION);
        if (organization == null || organization.isBlank()) {
            throw invalid("the token names no organization");
        }
        Set<PlatformRole> roles = roles(jwt.getClaimAsStringList(TokenClaims.ROLES));
        PlatformPrincipal principal = new PlatformPrincipal(
                jwt.getSubject(),
                jwt.getClaimAsString(TokenClaims.USERNAME),
                jwt.getClaimAsString(TokenClaims.NAME),
                organization,
                jwt.getClaimAsString(TokenClaims.ORGANIZATION_KIND),
                jwt.getClaimAsString(TokenClaims.PROVINCE),
                jwt.getClaimAsString(TokenClaims.COUNTRY),
                roles,
                jwt.hasClaim(TokenClaims.POSITIONS) ? Set.copyOf(jwt.getClaimAsStringList(TokenClaims.POSITIONS)) : Set.of());
        Collection<SimpleGrantedAuthority> authorities =
                roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return new PlatformAuthentication(jwt, principal, authorities);
    }

    private static Set<PlatformRole> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw invalid("the token carries no role");
        }
        Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
        for (String name : names) {
            try {
                roles.add(PlatformRole.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw invalid("unknown role " + name);
            }
        }
        return roles;
    }

    private static OAuth2AuthenticationException invalid(String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, reason, null), reason);
    }
}
