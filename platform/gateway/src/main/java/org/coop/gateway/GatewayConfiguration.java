package org.coop.gateway;

import java.time.Clock;
import org.coop.gateway.account.AccountRepository;
import org.coop.gateway.account.OrganizationRepository;
import org.coop.gateway.auth.AuthService;
import org.coop.gateway.auth.KeyedRateLimiters;
import org.coop.gateway.auth.RefreshTokens;
import org.coop.gateway.auth.SigningKeys;
import org.coop.gateway.auth.TokenIssuer;
import org.coop.platform.security.PlatformJwtConverter;
import org.coop.platform.security.PlatformRole;
import org.coop.platform.security.PlatformSecurityAutoConfiguration;
import org.coop.platform.security.PlatformSecurityProperties;
import org.coop.platform.web.ProblemSecurityHandlers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;

/** The gateway's beans: keys, tokens, accounts, and its own security chain. */
@Configuration(proxyBeanMethods = false)
public class GatewayConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SigningKeys signingKeys(ReactiveMongoTemplate mongo) {
        return new SigningKeys(mongo);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    TokenIssuer tokenIssuer(SigningKeys keys, PlatformSecurityProperties security, PlatformGatewayProperties gateway,
                            Clock clock) {
        return new TokenIssuer(keys, security, gateway.getAccessTokenTtl(), clock);
    }

    @Bean
    RefreshTokens refreshTokens(ReactiveMongoTemplate mongo, PlatformGatewayProperties gateway, Clock clock) {
        return new RefreshTokens(mongo, gateway.getRefreshTokenTtl(), clock);
    }

    @Bean
    AuthService authService(AccountRepository accounts, OrganizationRepository organizations, PasswordEncoder encoder,
                            TokenIssuer issuer, RefreshTokens refreshTokens, PlatformGatewayProperties gateway) {
        return new AuthService(accounts, organizations, encoder, issuer, refreshTokens,
                new KeyedRateLimiters("sign-in-username", gateway.getSignInPerUsernamePerMinute()),
                new KeyedRateLimiters("sign-in-client", gateway.getSignInPerClientPerMinute()));
    }

    /**
     * The gateway verifies its own tokens with its own public key, without fetching its JWKS over
     * HTTP, but with exactly the checks the services apply.
     */
    @Bean
    ReactiveJwtDecoder gatewayJwtDecoder(SigningKeys keys, PlatformSecurityProperties security) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withJwkSource(jwt -> reactor.core.publisher.Flux.fromIterable(keys.publicKeys().getKeys()))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .jwtProcessorCustomizer(PlatformSecurityAutoConfiguration::acceptOnlyAccessTokens)
                .build();
        decoder.setJwtValidator(PlatformSecurityAutoConfiguration.tokenValidator(security));
        return decoder;
    }

    /**
     * Sign-in endpoints and the JWKS are public; the console's static files too. The directory
     * answers signed-in callers only, about their own organization. Requests to the
     * services pass through: each service checks the token itself, but a token presented here that
     * is invalid is already refused here (401) rather than forwarded.
     */
    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
                                           PlatformJwtConverter converter, ProblemSecurityHandlers problems,
                                           PlatformSecurityProperties security) {
        // A deployment may open paths such as /actuator/prometheus where its network already limits who
        // reaches the pod (k8s/base/config/gateway.yml); none are open by default.
        if (!security.getPublicPaths().isEmpty()) {
            http.authorizeExchange(exchanges -> exchanges
                    .pathMatchers(security.getPublicPaths().toArray(String[]::new)).permitAll());
        }
        return PlatformSecurityAutoConfiguration.statelessApi(http, problems)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.POST, "/api/auth/token", "/api/auth/refresh", "/api/auth/sign-out")
                        .permitAll()
                        .pathMatchers("/.well-known/jwks.json", "/actuator/health", "/actuator/health/**",
                                "/actuator/info").permitAll()
                        .pathMatchers("/api/auth/**").authenticated()
                        .pathMatchers("/api/directory/**").authenticated()
                        .pathMatchers("/actuator/**").hasRole(PlatformRole.PLATFORM_ADMIN.name())
                        .anyExchange().permitAll())
                .oauth2ResourceServer(server -> server
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(converter)))
                .build();
    }
}
