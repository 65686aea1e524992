package org.coop.matchmaking;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.coop.platform.observability.EventTracing;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.coop.matchmaking.matching.domain.MatchEngine;
import org.coop.matchmaking.matches.MatchService;
import org.coop.matchmaking.matching.domain.SubscriptionIndex;
import org.coop.matchmaking.notify.MatchFeed;
import org.coop.matchmaking.notify.SseHub;
import org.coop.matchmaking.notify.StreamService;
import org.coop.matchmaking.notify.SubscriptionFeed;
import org.coop.matchmaking.notify.WebhookDispatcher;
import org.coop.matchmaking.notify.WebhookSender;
import org.coop.matchmaking.subscriptions.DeliveryLog;
import org.coop.matchmaking.subscriptions.SubscriptionService;
import org.coop.matchmaking.subscriptions.WebhookTargetPolicy;
import org.coop.platform.security.AuthorizationRules;
import org.coop.platform.security.PlatformRole;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;

/** Wiring of the matchmaking service: the index and its feed, live streams, webhooks, path rules, store indexes. */
@Configuration(proxyBeanMethods = false)
public class MatchmakingConfiguration {

    @Bean
    SubscriptionIndex subscriptionIndex(MatchEngine engine) {
        return new SubscriptionIndex(engine);
    }

    @Bean
    SseHub sseHub(MeterRegistry meters) {
        SseHub hub = new SseHub();
        Gauge.builder("matchmaking.sse.connections", hub, SseHub::connections)
                .description("Live streams connected to this instance").register(meters);
        FunctionCounter.builder("matchmaking.sse.delivered", hub, SseHub::delivered)
                .description("Events pushed to live streams").register(meters);
        return hub;
    }

    @Bean
    SubscriptionFeed subscriptionFeed(KafkaProperties kafka, ReactiveMongoTemplate mongo, SubscriptionIndex index,
                                      SseHub hub) {
        return new SubscriptionFeed(kafka.buildConsumerProperties(), mongo, index, hub);
    }

    @Bean
    MatchFeed matchFeed(KafkaProperties kafka, SseHub hub, EventTracing tracing) {
        return new MatchFeed(kafka.buildConsumerProperties(), hub, tracing);
    }

    @Bean
    StreamService streamService(ReactiveMongoTemplate mongo, SseHub hub,
                                @Value("${matchmaking.sse.replay-margin:2m}") Duration replayMargin) {
        return new StreamService(mongo, hub, replayMargin);
    }

    @Bean
    WebhookTargetPolicy webhookTargetPolicy(
            @Value("${matchmaking.webhooks.allow-private-targets:false}") boolean allowPrivate,
            @Value("${matchmaking.webhooks.allowed-hosts:}") List<String> allowedHosts) {
        return new WebhookTargetPolicy(allowPrivate, allowedHosts);
    }

    @Bean
    DeliveryLog deliveryLog(ReactiveMongoTemplate mongo, MeterRegistry meters) {
        return new DeliveryLog(mongo, meters);
    }

    @Bean
    WebhookSender webhookSender(WebClient.Builder http, WebhookTargetPolicy targets, DeliveryLog log, Clock clock,
                                @Value("${matchmaking.webhooks.max-attempts:4}") int maxAttempts,
                                @Value("${matchmaking.webhooks.initial-backoff:500ms}") Duration initialBackoff,
                                @Value("${matchmaking.webhooks.backoff-multiplier:2.0}") double multiplier,
                                @Value("${matchmaking.webhooks.timeout:5s}") Duration timeout) {
        return new WebhookSender(http.build(), targets, log, clock, maxAttempts, initialBackoff, multiplier, timeout);
    }

    @Bean
    WebhookDispatcher webhookDispatcher(ReactiveMongoTemplate mongo, WebhookSender sender,
                                        SubscriptionService subscriptions, Clock clock,
                                        @Value("${matchmaking.webhooks.pause-after-failures:3}") int pauseAfter) {
        return new WebhookDispatcher(mongo, sender, subscriptions, pauseAfter, clock);
    }

    /** Coarse role rules on writes (defence in depth; handlers check roles and ownership too). */
    @Bean
    AuthorizationRules matchmakingRules() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.POST, "/api/matchmaking/needs", "/api/matchmaking/needs/**")
                .hasRole(PlatformRole.COLLEGE.name())
                .pathMatchers(HttpMethod.PUT, "/api/matchmaking/needs/**").hasRole(PlatformRole.COLLEGE.name())
                .pathMatchers("/api/matchmaking/subscriptions", "/api/matchmaking/subscriptions/**")
                .hasAnyRole(PlatformRole.ENTERPRISE.name(), PlatformRole.INSTITUTION.name())
                .pathMatchers(HttpMethod.POST, "/api/matchmaking/offers", "/api/matchmaking/offers/**")
                .hasAnyRole(PlatformRole.ENTERPRISE.name(), PlatformRole.INSTITUTION.name())
                .pathMatchers(HttpMethod.PUT, "/api/matchmaking/offers/**")
                .hasAnyRole(PlatformRole.ENTERPRISE.name(), PlatformRole.INSTITUTION.name())
                .pathMatchers(HttpMethod.POST, "/api/matchmaking/matches").hasRole(PlatformRole.GOV_OFFICER.name())
                .pathMatchers("/api/matchmaking/matches/brokers", "/api/matchmaking/matches/*/recommend",
                        "/api/matchmaking/matches/*/third-party")
                .hasRole(PlatformRole.GOV_OFFICER.name());
    }

    /** The indexes the lists, the matching queries and the replay use. */
    @Bean
    SmartInitializingSingleton matchmakingIndexes(ReactiveMongoTemplate mongo) {
        return () -> {
            // A new index over a large collection is filled once, at the start that declares it: on
            // the embedded store 35 s for a province-year's 233,000 matches, longer than the 30 s this
            // waited before, and the start failed. The start now waits for the fill instead.
            Duration timeout = Duration.ofMinutes(10);
            index(mongo, "needs", timeout, "organizationId", "createdAt");
            index(mongo, "needs", timeout, "province", "createdAt");
            index(mongo, "needs", timeout, "status", "partnerKinds");
            index(mongo, "offers", timeout, "organizationId", "createdAt");
            index(mongo, "offers", timeout, "status", "partnerKind");
            index(mongo, "subscriptions", timeout, "organizationId", "createdAt");
            index(mongo, "subscriptions", timeout, "status");
            index(mongo, "matches", timeout, "audience", "score");
            index(mongo, "matches", timeout, "province", "score");
            index(mongo, "matches", timeout, "needId");
            index(mongo, "matches", timeout, "updatedAt");
            mongo.indexOps("matches").createIndex(new Index().on(MatchService.BROKER_FIELD, Sort.Direction.ASC)
                    .sparse().named("matches_brokered")).block(timeout);
            index(mongo, "webhook_deliveries", timeout, "subscriptionId", "at");
            index(mongo, "digest_queue", timeout, "sentAt");
        };
    }

    private static void index(ReactiveMongoTemplate mongo, String collection, Duration timeout, String... fields) {
        Index index = new Index();
        for (String field : fields) {
            index.on(field, field.equals("score") || field.equals("createdAt") || field.equals("at")
                    ? Sort.Direction.DESC : Sort.Direction.ASC);
        }
        mongo.indexOps(collection).createIndex(index.named(collection + "_" + String.join("_", fields)))
                .block(timeout);
    }
}
