package org.coop.approval.directory.adapter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.reactor.timelimiter.TimeLimiterOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coop.approval.directory.application.Directory;
import org.coop.approval.directory.application.Member;
import org.coop.platform.web.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * The directory as the gateway serves it today ({@code GET /api/directory/members}), asked with
 * the signed-in caller's own bearer token, so the gateway answers about the caller's organization
 * and nothing else. Each call runs inside a Resilience4j time limiter, circuit breaker and retry
 * (the call is an idempotent GET); answers, including "nobody", are remembered for a short while
 * per organization and reference. When the directory cannot answer, the caller gets a 503
 * Problem Details and the write it was checking is refused.
 *
 * <p>Issue 12 replaces this adapter by one reading a local replica of the identity service's
 * directory events; the port ({@link Directory}) stays.
 */
public class GatewayDirectory implements Directory {

    /** The name of its circuit breaker, retry and time limiter ({@code resilience4j.*.instances.directory}). */
    public static final String NAME = "directory";
    static final String PATH = "/api/directory/members";
    /** How long a caller is told to wait when the directory is away. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(GatewayDirectory.class);

    private final WebClient http;
    private final TimeLimiter timeLimiter;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final Cache<Key, Optional<Member>> remembered;

    public GatewayDirectory(WebClient http, TimeLimiter timeLimiter, CircuitBreaker circuitBreaker, Retry retry,
                            Duration rememberFor, long rememberAtMost) {
        this.http = http;
        this.timeLimiter = timeLimiter;
        this.circuitBreaker = circuitBreaker;
        this.retry = retry;
        this.remembered = Caffeine.newBuilder().expireAfterWrite(rememberFor).maximumSize(rememberAtMost).build();
    }

    /**
     * The adapter as the service runs it: a client opening a fresh connection per call (the
     * gateway's Reactor Netty 1.3.6 may stop reading a kept-alive connection, docs/gateway.md;
     * answers are remembered, so calls are few), and the {@code directory} time limiter, circuit
     * breaker and retry from the registries (so {@code resilience4j.*.instances.directory} may
     * configure them), by default: two attempts of at most {@code timeout} each, 200 ms apart, so
     * a write answers, 503 at worst, well within the gateway's 10 s; the circuit opens when half
     * of the last 10 calls (at least 4) found the directory away, and half-opens after 10 s.
     */
    public static GatewayDirectory create(WebClient.Builder builder, String baseUrl, Duration timeout,
                                          Duration rememberFor, long rememberAtMost, TimeLimiterRegistry limiters,
                                          CircuitBreakerRegistry breakers, RetryRegistry retries) {
        TimeLimiter limiter = limiters.find(NAME).orElseGet(() -> limiters.timeLimiter(NAME,
                TimeLimiterConfig.custom().timeoutDuration(timeout).cancelRunningFuture(true).build()));
        CircuitBreaker breaker = breakers.find(NAME).orElseGet(() -> breakers.circuitBreaker(NAME,
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(4)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofSeconds(10))
                        .permittedNumberOfCallsInHalfOpenState(2)
                        .recordException(GatewayDirectory::isOutage)
                        .build()));
        Retry retry = retries.find(NAME).orElseGet(() -> retries.retry(NAME, RetryConfig.custom()
                .maxAttempts(2)
                .waitDuration(Duration.ofMillis(200))
                .retryOnException(GatewayDirectory::isOutage)
                .build()));
        HttpClient client = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())
                .keepAlive(false);
        WebClient http = builder.baseUrl(baseUrl).clientConnector(new ReactorClientHttpConnector(client)).build();
        return new GatewayDirectory(http, limiter, breaker, retry, rememberFor, rememberAtMost);
    }

    private record Key(String organizationId, String reference) {
    }

    /** The gateway's answer; fields it may add later are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(Map<String, Person> members) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(String id, String username, String displayName, String organizationId, List<String> roles,
                  List<String> positions, boolean enabled) {

        Member toMember() {
            return new Member(id, username, displayName, organizationId,
                    roles == null ? Set.of() : Set.copyOf(roles), positions == null ? Set.of() : Set.copyOf(positions),
                    enabled);
        }
    }

    @Override
    public Mono<Map<String, Member>> membersOf(String organizationId, Collection<String> references) {
        return Mono.defer(() -> {
            Map<String, Member> found = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            for (String reference : new LinkedHashSet<>(references)) {
                Optional<Member> known = remembered.getIfPresent(new Key(organizationId, reference));
                if (known == null) {
                    unknown.add(reference);
                } else {
                    known.ifPresent(member -> found.put(reference, member));
                }
            }
            if (unknown.isEmpty()) {
                return Mono.just(found);
            }
            return callersToken().flatMap(token -> ask(token, unknown)).map(answer -> {
                for (String reference : unknown) {
                    Person person = answer.members() == null ? null : answer.members().get(reference);
                    // The gateway answers for the token's organization; anything else is nobody here.
                    Member member = person == null || !organizationId.equals(person.organizationId()) ? null
                            : person.toMember();
                    remembered.put(new Key(organizationId, reference), Optional.ofNullable(member));
                    if (member != null) {
                        found.put(reference, member);
                    }
                }
                return found;
            });
        });
    }

    private Mono<Answer> ask(String token, List<String> references) {
        return http.get()
                .uri(builder -> builder.path(PATH).queryParam("ids", "{ids}").build(String.join(",", references)))
                .headers(headers -> headers.setBearerAuth(token))
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(Answer.class)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("the directory answered with no body")))
                .transformDeferred(TimeLimiterOperator.of(timeLimiter))
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                .transformDeferred(RetryOperator.of(retry))
                .onErrorMap(GatewayDirectory::unavailable);
    }

    /**
     * Worth another attempt, and a failure of the directory (for the circuit breaker): no answer,
     * a late answer, a server error. A 4xx is an answer about this request, not an outage.
     */
    public static boolean isOutage(Throwable failure) {
        if (failure instanceof CallNotPermittedException) {
            return false;
        }
        if (failure instanceof WebClientResponseException response) {
            return response.getStatusCode().is5xxServerError();
        }
        return true;
    }

    private static Throwable unavailable(Throwable failure) {
        log.warn("The directory could not answer; the request that needed it is refused with 503: {}",
                failure.toString());
        return new ServiceUnavailableException("The directory of accounts could not be reached to check the people "
                + "this request names; nothing was changed. Try again shortly.")
                .with("service", NAME)
                .retryAfter(RETRY_AFTER);
    }

    private static Mono<String> callersToken() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(AbstractOAuth2TokenAuthenticationToken.class::isInstance)
                .map(authentication -> ((AbstractOAuth2TokenAuthenticationToken<?>) authentication).getToken()
                        .getTokenValue())
                .switchIfEmpty(Mono.error(() -> new IllegalStateException(
                        "the directory is asked on behalf of a signed-in caller, and there is none")));
    }
}
