package org.coop.approval.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coop.approval.ApprovalWorkflowApplication;
import org.coop.approval.InMemoryDirectory;
import org.coop.platform.infra.Ports;
import org.coop.platform.test.PlatformInfrastructure;
import org.coop.platform.test.TestTokens;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

/**
 * The service as it runs, with its gateway directory adapter, while the directory is away (its
 * address answers nothing): writes that name people are refused with 503 Problem Details, at
 * once rather than after a hang, and nothing is stored, neither a trip, nor a plan place, nor a
 * delegation.
 */
@WithPlatformInfrastructure
class DirectoryAwayIntegrationTest {

    static ConfigurableApplicationContext service;
    static TripApi api;

    @BeforeAll
    static void startWithTheDirectoryAway(PlatformInfrastructure infra) {
        Map<String, Object> properties = new HashMap<>(infra.springProperties());
        properties.put("server.port", "0");
        properties.put("approval.directory.uri", "http://127.0.0.1:" + Ports.freePort());
        properties.put("approval.timers.enabled", "false");
        for (String binding : List.of("matchEvidence", "proposalEvidence", "registrationEvidence")) {
            properties.put("spring.cloud.stream.bindings." + binding + "-in-0.consumer.auto-startup", "false");
        }
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        service = new SpringApplicationBuilder(ApprovalWorkflowApplication.class)
                .properties(ApprovalWorkflowApplication.CONFIG_NAME)
                .run(args);
        api = new TripApi(((WebServerApplicationContext) service).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aTripOrADelegationThatCannotBeCheckedIsRefusedWith503AndNothingIsStored(TestTokens tokens) {
        assertThat(service.getBeanProvider(InMemoryDirectory.class).getIfAvailable()).isNull();
        People people = new People(tokens, new InMemoryDirectory(), "org-college-" + UUID.randomUUID());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, Object> trip = TripApi.tripBody(today, 60, 5, List.of("user-lin-wei"));

        long started = System.nanoTime();
        for (String path : List.of("/trips", "/trips/check")) {
            api.post(people.requester(), path, trip).expectStatus().isEqualTo(503)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().exists("Retry-After")
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://coop-platform.example/problems/service-unavailable")
                    .jsonPath("$.service").isEqualTo("directory");
        }
        api.post(people.internationalOffice(), "/delegations", Map.of("delegateUserId", "user-chen-hao",
                        "delegateName", "Chen Hao", "from", today.toString(), "to", today.plusDays(3).toString()))
                .expectStatus().isEqualTo(503).expectBody().jsonPath("$.service").isEqualTo("directory");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));

        ReactiveMongoTemplate mongo = service.getBean(ReactiveMongoTemplate.class);
        String college = people.collegeId();
        assertThat(mongo.count(Query.query(Criteria.where("trip.collegeOrganizationId").is(college)), "trips")
                .block()).isZero();
        assertThat(mongo.count(Query.query(Criteria.where("_id").regex("^" + college)), "plan_usage").block())
                .isZero();
        assertThat(mongo.count(Query.query(Criteria.where("delegator.organizationId").is(college)), "delegations")
                .block()).isZero();
    }
}
