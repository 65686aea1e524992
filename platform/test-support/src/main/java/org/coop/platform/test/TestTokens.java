package org.coop.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.coop.platform.security.PlatformRole;

/**
 * A token issuer for tests: an RSA key whose public half is served as a JWKS on loopback, the same
 * way the gateway serves its keys, so services verify test tokens through their production path.
 */
public final class TestTokens {

    public static final String ISSUER = "http://test-issuer.coop.local";
    public static final String AUDIENCE = "coop-platform";

    private static volatile TestTokens instance;

    private final RSAKey signingKey;
    private final RSAKey strangerKey;
    private final HttpServer jwksServer;

    private TestTokens() {
        try {
            signingKey = new RSAKeyGenerator(2048).keyID("test-key-1").generate();
            strangerKey = new RSAKeyGenerator(2048).keyID("test-key-1").generate();
            jwksServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwksServer.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        jwksServer.start();
    }

    public static TestTokens instance() {
        if (instance == null) {
            synchronized (TestTokens.class) {
                if (instance == null) {
                    instance = new TestTokens();
                }
            }
        }
        return instance;
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/jwks.json";
    }

    /** A builder preset to a valid token for {@code role} in organization {@code organizationId}. */
    public TokenBuilder token(PlatformRole role, String organizationId) {
        return new TokenBuilder(signingKey, strangerKey).role(role).organization(organizationId);
    }

    /** A valid bearer token for one role in one organization. */
    public String forUser(PlatformRole role, String organizationId) {
        return token(role, organizationId).build();
    }

    /** A valid token for a government officer of a province. */
    public String forOfficer(String organizationId, String province) {
        return token(PlatformRole.GOV_OFFICER, organizationId).province(province).build();
    }
}
