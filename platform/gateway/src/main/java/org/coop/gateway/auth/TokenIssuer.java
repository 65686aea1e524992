package org.coop.gateway.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.coop.gateway.account.Account;
import org.coop.gateway.account.Organization;
import org.coop.platform.security.PlatformSecurityProperties;
import org.coop.platform.security.TokenClaims;

/**
 * Issues access tokens in the JWT profile for OAuth 2.0 access tokens (RFC 9068): RS256,
 * {@code typ: at+jwt}, issuer and audience the services check, and the claims every platform
 * rule needs (organization, its kind, province and country, roles, positions).
 */
public class TokenIssuer {

    private final SigningKeys keys;
    private final PlatformSecurityProperties security;
    private final Duration lifetime;
    private final Clock clock;
    private final RSASSASigner signer;

    public TokenIssuer(SigningKeys keys, PlatformSecurityProperties security, Duration lifetime, Clock clock) {
        this.keys = keys;
        this.security = security;
        this.lifetime = lifetime;
        this.clock = clock;
        try {
            this.signer = new RSASSASigner(keys.signingKey());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public Duration lifetime() {
        return lifetime;
    }

    public String accessToken(Account account, Organization organization) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(security.getIssuer())
                .audience(security.getAudience())
                .subject(account.id())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim(TokenClaims.USERNAME, account.username())
                .claim(TokenClaims.NAME, account.displayName())
                .claim(TokenClaims.ORGANIZATION, organization.id())
                .claim(TokenClaims.ORGANIZATION_KIND, organization.kind())
                .claim(TokenClaims.COUNTRY, organization.country())
                .claim(TokenClaims.ROLES, account.roles());
        if (organization.province() != null) {
            claims.claim(TokenClaims.PROVINCE, organization.province());
        }
        if (account.positions() != null && !account.positions().isEmpty()) {
            claims.claim(TokenClaims.POSITIONS, account.positions());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(new JOSEObjectType(TokenClaims.ACCESS_TOKEN_TYPE))
                .keyID(keys.signingKey().getKeyID())
                .build(), claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
        return jwt.serialize();
    }
}
