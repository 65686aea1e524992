package org.coop.gateway.auth;

import java.time.Duration;
import org.coop.gateway.account.Account;
import org.coop.gateway.account.AccountRepository;
import org.coop.gateway.account.Organization;
import org.coop.gateway.account.OrganizationRepository;
import org.coop.platform.web.ApiException;
import org.coop.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sign-in, refresh and sign-out. A wrong password and an unknown username get the same answer,
 * after the same BCrypt work, so neither the message nor the timing tells which usernames exist.
 */
public class AuthService {

    private static final String WRONG_CREDENTIALS = "Unknown username or wrong password";

    private final AccountRepository accounts;
    private final OrganizationRepository organizations;
    private final PasswordEncoder passwords;
    private final TokenIssuer issuer;
    private final RefreshTokens refreshTokens;
    private final KeyedRateLimiters perUsername;
    private final KeyedRateLimiters perClient;
    private final String dummyHash;

    public AuthService(AccountRepository accounts, OrganizationRepository organizations, PasswordEncoder passwords,
                       TokenIssuer issuer, RefreshTokens refreshTokens, KeyedRateLimiters perUsername,
                       KeyedRateLimiters perClient) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.passwords = passwords;
        this.issuer = issuer;
        this.refreshTokens = refreshTokens;
        this.perUsername = perUsername;
        this.perClient = perClient;
        this.dummyHash = passwords.encode("not-a-real-password");
    }

    public Mono<TokenResponse> signIn(SignInRequest request, String clientAddress) {
        String username = Account.normalise(request.username());
        return Mono.fromRunnable(() -> {
                    perClient.acquire(clientAddress, "sign-in attempts from this address");
                    perUsername.acquire(username, "sign-in attempts for this username");
                })
                .then(accounts.findByUsername(username).map(java.util.Optional::of)
                        .defaultIfEmpty(java.util.Optional.empty()))
                .publishOn(Schedulers.boundedElastic()) // BCrypt is deliberately slow: keep it off the event loop
                .flatMap(found -> {
                    boolean matches = passwords.matches(request.password(),
                            found.map(Account::passwordHash).orElse(dummyHash));
                    if (found.isEmpty() || !matches) {
                        return Mono.error(unauthenticated(WRONG_CREDENTIALS));
                    }
                    Account account = found.get();
                    if (!account.enabled()) {
                        return Mono.error(unauthenticated("This account is disabled"));
                    }
                    return refreshTokens.startFamily(account.id()).flatMap(refresh -> respond(account, refresh));
                });
    }

    public Mono<TokenResponse> refresh(RefreshRequest request) {
        return refreshTokens.rotate(request.refreshToken())
                .switchIfEmpty(Mono.error(() -> unauthenticated("The refresh token is invalid, expired or revoked")))
                .flatMap(rotation -> accounts.findById(rotation.accountId())
                        .filter(Account::enabled)
                        .switchIfEmpty(Mono.error(() -> unauthenticated("This account is disabled")))
                        .flatMap(account -> respond(account, rotation.nextToken())));
    }

    public Mono<Void> signOut(RefreshRequest request) {
        return refreshTokens.revokeFamilyOf(request.refreshToken());
    }

    public Mono<UserProfile> profile(String accountId) {
        return accounts.findById(accountId)
                .switchIfEmpty(Mono.error(() -> unauthenticated("This account no longer exists")))
                .flatMap(account -> organization(account).map(org -> profile(account, org)));
    }

    private Mono<TokenResponse> respond(Account account, String refreshToken) {
        return organization(account).map(organization -> new TokenResponse(
                issuer.accessToken(account, organization), "Bearer", seconds(issuer.lifetime()), refreshToken,
                seconds(refreshTokens.lifetime()), profile(account, organization)));
    }

    private Mono<Organization> organization(Account account) {
        return organizations.findById(account.organizationId())
                .switchIfEmpty(Mono.error(() -> new IllegalStateException(
                        "account " + account.id() + " belongs to missing organization " + account.organizationId())));
    }

    private static UserProfile profile(Account account, Organization organization) {
        return new UserProfile(account.id(), account.username(), account.displayName(), organization.id(),
                organization.name("en"), organization.kind(), organization.country(), organization.province(),
                account.roles(), account.positions() == null ? java.util.List.of() : account.positions());
    }

    private static long seconds(Duration duration) {
        return duration.toSeconds();
    }

    private static ApiException unauthenticated(String detail) {
        return new ApiException(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Unauthenticated", detail);
    }
}
