package org.coop.gateway;

import java.util.Map;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A deployment that opens {@code /actuator/prometheus} (as k8s/base/config does, behind its network
 * policies) lets Prometheus scrape without a token, and only that: the other actuator endpoints
 * still need PLATFORM_ADMIN.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=gateway", "platform.gateway.seed-demo=true",
                "platform.security.public-paths=/actuator/prometheus",
                "management.defaults.metrics.export.enabled=true",
                "spring.mongodb.database=gateway_scrape_test"})
@WithPlatformInfrastructure
class MetricsScrapeTest {

    @LocalServerPort
    int port;

    @Test
    void prometheusScrapesWithoutATokenWhileTheOtherActuatorEndpointsStayAdminOnly() {
        Map<?, ?> signedIn = client().post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "admin", "password", "coop-demo")).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        client().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("jvm_memory_used_bytes").contains("http_server_requests_seconds_count"));
        client().get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
        client().get().uri("/actuator/metrics").header("Authorization", "Bearer " + signedIn.get("access_token"))
                .exchange().expectStatus().isOk();
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
