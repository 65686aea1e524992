package org.coop.approval.directory.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coop.approval.directory.application.Member;
import org.coop.gateway.GatewayApplication;
import org.coop.platform.test.PlatformInfrastructure;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The adapter against the real gateway (started here on the test's store, with the demo
 * accounts), with tokens the gateway issued at sign-in: what the service will be told about
 * travellers and delegates, by username or account id, and that another college's people are
 * nobody.
 */
@WithPlatformInfrastructure
class GatewayDirectoryContractTest {

    static ConfigurableApplicationContext gateway;
    static String gatewayUrl;

    @BeforeAll
    static void startTheGateway(PlatformInfrastructure infra) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>(infra.springProperties());
        properties.put("server.port", "0");
        properties.put("spring.mongodb.database", "gateway_directory_contract");
        properties.put("platform.gateway.seed-demo", "true");
        gateway = GatewayApplication.run(properties.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toArray(String[]::new));
        gatewayUrl = "http://localhost:" + ((WebServerApplicationContext) gateway).getWebServer().getPort();
    }

    @AfterAll
    static void stopTheGateway() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> signIn(String username) {
        return WebClient.create(gatewayUrl).post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", "coop-demo"))
                .retrieve().bodyToMono(Map.class).block(Duration.ofSeconds(30));
    }

    static Map<String, Member> membersOf(String username, String organizationId, String... references) {
        String token = (String) signIn(username).get("access_token");
        Jwt jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject(username).build();
        GatewayDirectory directory = GatewayDirectory.create(WebClient.builder(), gatewayUrl, Duration.ofSeconds(2),
                Duration.ofSeconds(30), 100, TimeLimiterRegistry.ofDefaults(), CircuitBreakerRegistry.ofDefaults(),
                RetryRegistry.ofDefaults());
        return directory.membersOf(organizationId, List.of(references))
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(new JwtAuthenticationToken(jwt)))
                .block(Duration.ofSeconds(10));
    }

    @Test
    @SuppressWarnings("unchecked")
    void travellersAndDelegatesAreFoundByUsernameOrAccountIdInTheCallersCollegeOnly() {
        String leaderId = (String) ((Map<String, Object>) signIn("km.leader").get("user")).get("id");

        Map<String, Member> found = membersOf("km.staff", "org-yn-kmvtc", "km.teacher", leaderId, "nn.staff",
                "nobody-" + UUID.randomUUID());

        assertThat(found).containsOnlyKeys("km.teacher", leaderId);
        Member teacher = found.get("km.teacher");
        assertThat(teacher.accountId()).startsWith("user-").isNotEqualTo("km.teacher");
        assertThat(teacher.username()).isEqualTo("km.teacher");
        assertThat(teacher.isActiveIn("org-yn-kmvtc")).isTrue();
        assertThat(found.get(leaderId)).satisfies(leader -> {
            assertThat(leader.accountId()).isEqualTo(leaderId);
            assertThat(leader.positions()).isEqualTo(Set.of("COLLEGE_LEADER"));
            assertThat(leader.roles()).isEqualTo(Set.of("COLLEGE"));
        });
    }

    @Test
    void anotherCollegeAsksAboutItsOwnPeopleOnly() {
        assertThat(membersOf("nn.intl", "org-gx-nncvt", "km.teacher", "nn.leader")).containsOnlyKeys("nn.leader");
    }
}
