package org.coop.platform.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import java.util.List;
import org.coop.platform.web.ProblemDetailsWriter;
import org.coop.platform.web.ProblemMapper;
import org.coop.platform.web.ProblemSecurityHandlers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Makes every WebFlux service a resource server for the gateway's tokens: RS256 only, issuer,
 * audience, expiry and {@code typ: at+jwt} checked; stateless; 401/403 answered as Problem Details.
 * A module that defines its own {@link SecurityWebFilterChain} (the gateway) keeps it.
 */
@AutoConfiguration(after = org.coop.platform.web.PlatformWebAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(PlatformSecurityProperties.class)
@EnableWebFluxSecurity
public class PlatformSecurityAutoConfiguration {

    /** Paths anyone may read: health for orchestrators, API descriptions for integrators. */
    static final String[] ALWAYS_PUBLIC = {
        "/actuator/health", "/actuator/health/**", "/actuator/info",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**"
    };

    @Bean
    @ConditionalOnMissingBean
    public ReactiveJwtDecoder platformJwtDecoder(PlatformSecurityProperties properties) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.getJwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .jwtProcessorCustomizer(PlatformSecurityAutoConfiguration::acceptOnlyAccessTokens)
                .build();
        OAuth2TokenValidator<Jwt> validator = tokenValidator(properties);
        decoder.setJwtValidator(validator);
        if (properties.getVerifiedTokenCacheSize() <= 0) {
            return decoder;
        }
        return new VerifiedTokenCache(decoder, validator, properties.getVerifiedTokenCacheSize(),
                properties.getVerifiedTokenCacheFor());
    }

    /** Refuses JWTs that are not access tokens (RFC 9068 {@code typ: at+jwt}), e.g. ID tokens. */
    public static void acceptOnlyAccessTokens(
            com.nimbusds.jwt.proc.ConfigurableJWTProcessor<com.nimbusds.jose.proc.JWKSecurityContext> processor) {
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                new JOSEObjectType(TokenClaims.ACCESS_TOKEN_TYPE)));
    }

    /**
     * What every platform API shares: token-based and stateless (no CSRF tokens, no session, no
     * saved requests, no login pages), and 401/403 answered as Problem Details.
     */
    public static ServerHttpSecurity statelessApi(ServerHttpSecurity http, ProblemSecurityHandlers problems) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
    }

    /** Issuer, expiry (with skew) and audience; exported for the gateway and tests. */
    public static OAuth2TokenValidator<Jwt> tokenValidator(PlatformSecurityProperties properties) {
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
                aud -> aud != null && aud.contains(properties.getAudience()));
        OAuth2TokenValidator<Jwt> expiryRequired = jwt -> jwt.getExpiresAt() != null
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "the token has no expiry", null));
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(properties.getClockSkew()),
                expiryRequired,
                new JwtIssuerValidator(properties.getIssuer()),
                audience));
    }

    @Bean
    @ConditionalOnMissingBean
    public PlatformJwtConverter platformJwtConverter() {
        return new PlatformJwtConverter();
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemSecurityHandlers problemSecurityHandlers(ProblemMapper mapper, ProblemDetailsWriter writer) {
        return new ProblemSecurityHandlers(mapper, writer);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityWebFilterChain.class)
    public SecurityWebFilterChain platformResourceServerChain(ServerHttpSecurity http,
                                                             PlatformSecurityProperties properties,
                                                             ReactiveJwtDecoder decoder,
                                                             PlatformJwtConverter converter,
                                                             ProblemSecurityHandlers problems,
                                                             ObjectProvider<AuthorizationRules> serviceRules) {
        return statelessApi(http, problems)
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(ALWAYS_PUBLIC).permitAll();
                    if (!properties.getPublicPaths().isEmpty()) {
                        exchanges.pathMatchers(properties.getPublicPaths().toArray(String[]::new)).permitAll();
                    }
                    exchanges.pathMatchers("/api/*/admin/**").hasRole(PlatformRole.PLATFORM_ADMIN.name());
                    serviceRules.orderedStream().forEach(rules -> rules.customize(exchanges));
                    exchanges.pathMatchers("/actuator/**").hasRole(PlatformRole.PLATFORM_ADMIN.name());
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(converter)))
                .build();
    }
}
