package org.coop.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.coop.platform.security.PlatformRole;
import org.coop.platform.security.TokenClaims;

/**
 * Builds test tokens, valid by default, with switches for every way a token can be wrong
 * (expired, foreign issuer or audience, unsigned, tampered, signed by an unknown key).
 */
public final class TokenBuilder {

    private final RSAKey signingKey;
    private final RSAKey strangerKey;
    private final List<String> roles = new ArrayList<>();
    private final List<String> positions = new ArrayList<>();
    private String subject = "user-" + UUID.randomUUID();
    private String username;
    private String organization;
    private String organizationKind;
    private String province;
    private String country;
    private String issuer = TestTokens.ISSUER;
    private List<String> audience = List.of(TestTokens.AUDIENCE);
    private Instant issuedAt = Instant.now();
    private Duration lifetime = Duration.ofMinutes(10);
    private String type = TokenClaims.ACCESS_TOKEN_TYPE;
    private boolean unsigned;
    private boolean tampered;
    private boolean signedByStranger;

    TokenBuilder(RSAKey signingKey, RSAKey strangerKey) {
        this.signingKey = signingKey;
        this.strangerKey = strangerKey;
    }

    public TokenBuilder subject(String subject) {
        this.subject = subject;
        return this;
    }

    public TokenBuilder username(String username) {
        this.username = username;
        return this;
    }

    public TokenBuilder role(PlatformRole role) {
        roles.add(role.name());
        return this;
    }

    /** A role name as written in the token, known or not. */
    public TokenBuilder rawRole(String role) {
        roles.add(role);
        return this;
    }

    /** A position inside the organization, e.g. INTERNATIONAL_OFFICE or COLLEGE_LEADER. */
    public TokenBuilder position(String position) {
        positions.add(position);
        return this;
    }

    public TokenBuilder organization(String organization) {
        this.organization = organization;
        return this;
    }

    public TokenBuilder organizationKind(String organizationKind) {
        this.organizationKind = organizationKind;
        return this;
    }

    public TokenBuilder province(String province) {
        this.province = province;
        return this;
    }

    public TokenBuilder country(String country) {
        this.country = country;
        return this;
    }

    public TokenBuilder issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public TokenBuilder audience(String... audience) {
        this.audience = List.of(audience);
        return this;
    }

    public TokenBuilder type(String type) {
        this.type = type;
        return this;
    }

    /** Valid for {@code lifetime} from now (default 10 minutes, as the gateway issues them). */
    public TokenBuilder lifetime(Duration lifetime) {
        this.lifetime = lifetime;
        return this;
    }

    /** Issued long enough ago that it expired {@code ago} before now. */
    public TokenBuilder expired(Duration ago) {
        this.issuedAt = Instant.now().minus(lifetime).minus(ago);
        return this;
    }

    /** {@code alg: none}, no signature. */
    public TokenBuilder unsigned() {
        this.unsigned = true;
        return this;
    }

    /** Signed, then its claims changed, so the signature no longer matches. */
    public TokenBuilder tampered() {
        this.tampered = true;
        return this;
    }

    /** Signed by a key with the same key id that the issuer never published. */
    public TokenBuilder signedByUnknownKey() {
        this.signedByStranger = true;
        return this;
    }

    public String build() {
        JWTClaimsSet claims = claims(roles);
        if (unsigned) {
            return new PlainJWT(claims).serialize();
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .type(type == null ? null : new JOSEObjectType(type))
                    .keyID(signingKey.getKeyID())
                    .build(), claims);
            jwt.sign(new RSASSASigner(signedByStranger ? strangerKey : signingKey));
            if (!tampered) {
                return jwt.serialize();
            }
            List<String> escalated = new ArrayList<>(roles);
            escalated.add(PlatformRole.PLATFORM_ADMIN.name());
            Base64URL forgedPayload = Base64URL.encode(claims(escalated).toString());
            String[] parts = jwt.serialize().split("\\.");
            return parts[0] + "." + forgedPayload + "." + parts[2];
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet claims(List<String> roleNames) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(audience)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim(TokenClaims.USERNAME, username != null ? username : subject)
                .claim(TokenClaims.ROLES, List.copyOf(roleNames));
        if (organization != null) {
            claims.claim(TokenClaims.ORGANIZATION, organization);
        }
        if (organizationKind != null) {
            claims.claim(TokenClaims.ORGANIZATION_KIND, organizationKind);
        }
        if (province != null) {
            claims.claim(TokenClaims.PROVINCE, province);
        }
        if (country != null) {
            claims.claim(TokenClaims.COUNTRY, country);
        }
        if (!positions.isEmpty()) {
            claims.claim(TokenClaims.POSITIONS, List.copyOf(positions));
        }
        return claims.build();
    }
}
