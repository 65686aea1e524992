package org.coop.platform.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.security.*}: where the signing keys are published and what a token must say.
 * Defaults suit the local stack; production sets the issuer and JWKS address of its gateway.
 */
@ConfigurationProperties("platform.security")
public class PlatformSecurityProperties {

    /** The {@code iss} every token must carry. */
    private String issuer = "http://localhost:8080";
    /** The {@code aud} every token must contain. */
    private String audience = "coop-platform";
    /** JWKS of the issuer (the gateway's /.well-known/jwks.json). */
    private String jwkSetUri = "http://localhost:8080/.well-known/jwks.json";
    /** Tolerated clock difference when checking exp/nbf. */
    private Duration clockSkew = Duration.ofSeconds(30);
    /** Extra paths any caller may use without a token (Ant patterns). */
    private List<String> publicPaths = new ArrayList<>();
    /**
     * How many verified tokens are remembered (0: none), so a client's next call with the same
     * token skips the signature check; expiry, issuer and audience are still checked on every call.
     */
    private int verifiedTokenCacheSize = 10_000;
    /** How long a verified token is remembered: also how long a withdrawn signing key is still honoured. */
    private Duration verifiedTokenCacheFor = Duration.ofMinutes(5);

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getJwkSetUri() {
        return jwkSetUri;
    }

    public void setJwkSetUri(String jwkSetUri) {
        this.jwkSetUri = jwkSetUri;
    }

    public Duration getClockSkew() {
        return clockSkew;
    }

    public void setClockSkew(Duration clockSkew) {
        this.clockSkew = clockSkew;
    }

    public List<String> getPublicPaths() {
        return publicPaths;
    }

    public void setPublicPaths(List<String> publicPaths) {
        this.publicPaths = publicPaths;
    }

    public int getVerifiedTokenCacheSize() {
        return verifiedTokenCacheSize;
    }

    public void setVerifiedTokenCacheSize(int verifiedTokenCacheSize) {
        this.verifiedTokenCacheSize = verifiedTokenCacheSize;
    }

    public Duration getVerifiedTokenCacheFor() {
        return verifiedTokenCacheFor;
    }

    public void setVerifiedTokenCacheFor(Duration verifiedTokenCacheFor) {
        this.verifiedTokenCacheFor = verifiedTokenCacheFor;
    }
}
