package org.coop.gateway.auth;

import jakarta.validation.Valid;
import java.util.Map;
import org.coop.gateway.web.ClientAddress;
import org.coop.platform.security.CurrentUser;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Sign-in, token refresh, sign-out, the signed-in user's profile, and the public signing keys. */
@RestController
public class AuthController {

    private final AuthService auth;
    private final SigningKeys keys;

    public AuthController(AuthService auth, SigningKeys keys) {
        this.auth = auth;
        this.keys = keys;
    }

    @PostMapping(path = "/api/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<TokenResponse>> token(@Valid @RequestBody SignInRequest request,
                                                     ServerWebExchange exchange) {
        return auth.signIn(request, ClientAddress.of(exchange)).map(AuthController::noStore);
    }

    @PostMapping(path = "/api/auth/refresh", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<TokenResponse>> refresh(@Valid @RequestBody RefreshRequest request) {
        return auth.refresh(request).map(AuthController::noStore);
    }

    @PostMapping(path = "/api/auth/sign-out", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public Mono<Void> signOut(@Valid @RequestBody RefreshRequest request) {
        return auth.signOut(request);
    }

    @GetMapping("/api/auth/me")
    public Mono<UserProfile> me() {
        return CurrentUser.get().flatMap(caller -> auth.profile(caller.userId()));
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .body(keys.publicKeys().toJSONObject(true));
    }

    /** Tokens must not be cached by browsers or proxies (RFC 6749 §5.1). */
    private static ResponseEntity<TokenResponse> noStore(TokenResponse body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(body);
    }
}
