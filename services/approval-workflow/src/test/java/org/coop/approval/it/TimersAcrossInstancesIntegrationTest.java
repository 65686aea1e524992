package org.coop.approval.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.coop.approval.ApprovalWorkflowApplication;
import org.coop.approval.InMemoryDirectory;
import org.coop.platform.test.PlatformInfrastructure;
import org.coop.platform.test.TestTokens;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Timers are stored with the trip and leased like the outbox's claims: a trip submitted to an
 * instance that then stops is escalated by the instances that run later, exactly once although
 * two of them poll the same store.
 */
@WithPlatformInfrastructure
class TimersAcrossInstancesIntegrationTest {

    /**
     * Far ahead of the shared test context's clock, so only the instances started here see
     * this test's trip as due.
     */
    private final MutableClock clock = new MutableClock(Duration.ofDays(800));
    /** The accounts every instance started here knows. */
    private final InMemoryDirectory directory = new InMemoryDirectory();

    private ConfigurableApplicationContext start(PlatformInfrastructure infra) {
        Map<String, Object> properties = new HashMap<>(infra.springProperties());
        properties.put("server.port", "0");
        properties.put("approval.timers.poll-interval", "200ms");
        properties.put("platform.outbox.sweep-interval", "500ms");
        for (String binding : List.of("matchEvidence", "proposalEvidence", "registrationEvidence")) {
            // These instances only run timers; they stay out of the consumer group of the other tests.
            properties.put("spring.cloud.stream.bindings." + binding + "-in-0.consumer.auto-startup", "false");
        }
        // As command-line arguments: they must win over the service's own config file (port 8083).
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(ApprovalWorkflowApplication.class)
                .properties(ApprovalWorkflowApplication.CONFIG_NAME)
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("clock", clock);
                    ((GenericApplicationContext) context).registerBean(InMemoryDirectory.class, () -> directory,
                            definition -> definition.setPrimary(true));
                })
                .run(args);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void aTimerOfAStoppedInstanceFiresOnceAcrossTheInstancesThatRunAfterIt(PlatformInfrastructure infra,
                                                                          TestTokens tokens) {
        People people = new People(tokens, directory, "org-college-" + UUID.randomUUID());
        String tripId;
        ConfigurableApplicationContext first = start(infra);
        try {
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
            tripId = (String) new TripApi(port(first)).submit(people.requester(),
                    TripApi.tripBody(today, 46, 5, List.of("user-lin-wei"))).get("id");
        } finally {
            first.close();
        }

        clock.advance(Duration.ofDays(16));
        List<ConfigurableApplicationContext> instances = new ArrayList<>();
        try {
            instances.add(start(infra));
            instances.add(start(infra));
            ReactiveMongoTemplate mongo = instances.get(0).getBean(ReactiveMongoTemplate.class);
            String id = tripId;
            await().atMost(Duration.ofSeconds(60)).until(() -> actions(mongo, id).contains("ESCALATED"));
            // Give the other instance several polls to (wrongly) fire again.
            Thread.sleep(2000);
            assertThat(actions(mongo, id)).containsExactly("SUBMITTED", "REMINDED", "ESCALATED");
            assertThat(TripWorkflowIntegrationTest.tripEvents(infra, id, "TripEscalated", 2)).hasSize(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            instances.forEach(ConfigurableApplicationContext::close);
        }
    }

    private static List<String> actions(ReactiveMongoTemplate mongo, String tripId) {
        Document stored = mongo.findById(tripId, Document.class, "trips").block();
        if (stored == null) {
            return List.of();
        }
        return stored.get("trip", Document.class).getList("trail", Document.class).stream()
                .map(entry -> entry.getString("action")).toList();
    }
}
