package org.coop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

class VerifiedTokenCacheTest {

    static final Instant ISSUED = Instant.parse("2026-11-23T08:00:00Z");

    KeyPair key;
    AtomicInteger verifications = new AtomicInteger();
    Instant now = ISSUED;
    VerifiedTokenCache cache;

    @BeforeEach
    void setUp() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = generator.generateKeyPair();
        NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withPublicKey((RSAPublicKey) key.getPublic()).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
        nimbus.setJwtValidator(timestamps);
        ReactiveJwtDecoder counting = token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
        cache = new VerifiedTokenCache(counting, timestamps, 100, Duration.ofMinutes(5));
    }

    String token(KeyPair signer, Instant expires) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType("at+jwt")).build(),
                new JWTClaimsSet.Builder().subject("user-1").issueTime(Date.from(ISSUED))
                        .expirationTime(Date.from(expires)).build());
        jwt.sign(new RSASSASigner(signer.getPrivate()));
        return jwt.serialize();
    }

    @Test
    void aTokenIsVerifiedOnceAndThenRemembered() throws Exception {
        String token = token(key, ISSUED.plusSeconds(900));

        assertThat(cache.decode(token).block().getSubject()).isEqualTo("user-1");
        assertThat(cache.decode(token).block().getSubject()).isEqualTo("user-1");
        assertThat(cache.decode(token).block().getSubject()).isEqualTo("user-1");

        assertThat(verifications).hasValue(1);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() throws Exception {
        String token = token(key, ISSUED.plusSeconds(900));
        cache.decode(token).block();

        now = ISSUED.plusSeconds(901);

        assertThatThrownBy(() -> cache.decode(token).block()).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(cache.size()).isZero();
    }

    @Test
    void aTokenThatFailsVerificationIsNeverRemembered() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = token(generator.generateKeyPair(), ISSUED.plusSeconds(900));

        assertThatThrownBy(() -> cache.decode(forged).block()).isNotNull();
        assertThatThrownBy(() -> cache.decode(forged).block()).isNotNull();

        assertThat(verifications).hasValue(2);
        assertThat(cache.size()).isZero();
    }
}
