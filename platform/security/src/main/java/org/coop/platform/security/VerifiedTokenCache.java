package org.coop.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens whose signature was verified, keyed by the exact token text, so the RSA check
 * and the parse run once per token rather than once per call (a client sends the same access
 * token for its whole life). The claim checks ({@code exp}, {@code nbf}, issuer, audience) run on
 * every call, so an expired token is refused even while remembered. A remembered token outlives
 * the withdrawal of its signing key by at most {@code rememberFor}.
 */
public final class VerifiedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    public VerifiedTokenCache(ReactiveJwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, int size,
                              Duration rememberFor) {
        this.verifier = verifier;
        this.validator = validator;
        this.verified = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(rememberFor).build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            return verifier.decode(token).doOnNext(jwt -> verified.put(token, jwt));
        }
        OAuth2TokenValidatorResult result = validator.validate(known);
        if (!result.hasErrors()) {
            return Mono.just(known);
        }
        verified.invalidate(token);
        String description = result.getErrors().stream().map(error -> error.getDescription() == null
                ? error.getErrorCode() : error.getDescription()).collect(Collectors.joining("; "));
        return Mono.error(new JwtValidationException("An error occurred while attempting to decode the Jwt: "
                + description, result.getErrors()));
    }

    /** Tokens remembered now (for tests and metrics). */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }
}
