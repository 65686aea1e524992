package org.coop.approval;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.coop.approval.directory.adapter.GatewayDirectory;
import org.coop.approval.directory.application.Directory;
import org.coop.approval.policy.adapter.MongoPolicyStore;
import org.coop.approval.policy.application.PolicyService;
import org.coop.approval.trip.adapter.mongo.MongoDelegationStore;
import org.coop.approval.trip.adapter.mongo.MongoEvidenceStore;
import org.coop.approval.trip.adapter.mongo.MongoPlanLedger;
import org.coop.approval.trip.adapter.mongo.MongoTripStore;
import org.coop.approval.trip.application.DelegationService;
import org.coop.approval.trip.application.EvidenceStore;
import org.coop.approval.trip.application.StatisticsService;
import org.coop.approval.trip.application.TrailService;
import org.coop.approval.trip.application.TripService;
import org.coop.approval.trip.application.TripTimers;
import org.coop.platform.messaging.AggregateWriter;
import org.coop.platform.security.AuthorizationRules;
import org.coop.platform.security.PlatformRole;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;

/** Wires the use cases to their Mongo and directory adapters, the policy at start, the timers and the path rules. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApprovalProperties.class)
public class ApprovalConfiguration {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    @Bean
    MongoTripStore tripStore(ReactiveMongoTemplate mongo, AggregateWriter writer) {
        return new MongoTripStore(mongo, writer);
    }

    @Bean
    MongoPlanLedger planLedger(ReactiveMongoTemplate mongo) {
        return new MongoPlanLedger(mongo);
    }

    @Bean
    MongoEvidenceStore evidenceStore(ReactiveMongoTemplate mongo, Clock clock) {
        return new MongoEvidenceStore(mongo, clock);
    }

    @Bean
    MongoDelegationStore delegationStore(ReactiveMongoTemplate mongo) {
        return new MongoDelegationStore(mongo);
    }

    @Bean
    PolicyService policyService(ReactiveMongoTemplate mongo, Clock clock, ApprovalProperties properties) {
        return new PolicyService(new MongoPolicyStore(mongo), clock, properties.getPolicy().getCacheFor());
    }

    /** Loads and validates the shipped policy (a bad document stops the start with every problem listed). */
    @Bean
    SmartInitializingSingleton approvalStartup(PolicyService policies, MongoTripStore trips, MongoPlanLedger plan,
                                               ResourceLoader resources, ApprovalProperties properties) {
        return () -> {
            String location = properties.getPolicy().getLocation();
            String yaml;
            try (InputStream in = resources.getResource(location).getInputStream()) {
                yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the trip policy at " + location, e);
            }
            policies.bootstrap(yaml, location).block(START_TIMEOUT);
            trips.createIndexes().block(START_TIMEOUT);
            plan.recordExistingTrips().block(START_TIMEOUT);
        };
    }

    @Bean
    TripService tripService(PolicyService policies, MongoTripStore trips, EvidenceStore evidence,
                            MongoDelegationStore delegations, MongoPlanLedger plan, Directory directory, Clock clock) {
        return new TripService(policies, trips, evidence, delegations, plan, directory, clock);
    }

    @Bean
    DelegationService delegationService(MongoDelegationStore delegations, PolicyService policies, Directory directory,
                                        Clock clock) {
        return new DelegationService(delegations, policies, directory, clock);
    }

    /**
     * The directory of accounts, asked at the gateway ({@code approval.directory.*}) with the
     * caller's token, guarded as {@link GatewayDirectory#create} says. Tests and the bench supply
     * their own {@link Directory} marked {@code @Primary}; this one is then built but never asked.
     */
    @Bean
    GatewayDirectory gatewayDirectory(ApprovalProperties properties, ObjectProvider<WebClient.Builder> builders,
                                      ObjectProvider<TimeLimiterRegistry> limiters,
                                      ObjectProvider<CircuitBreakerRegistry> breakers,
                                      ObjectProvider<RetryRegistry> retries) {
        ApprovalProperties.Directory settings = properties.getDirectory();
        return GatewayDirectory.create(builders.getIfAvailable(WebClient::builder), settings.getUri(),
                settings.getTimeout(), settings.getRememberFor(), settings.getRememberAtMost(),
                limiters.getIfAvailable(TimeLimiterRegistry::ofDefaults),
                breakers.getIfAvailable(CircuitBreakerRegistry::ofDefaults),
                retries.getIfAvailable(RetryRegistry::ofDefaults));
    }

    @Bean
    TrailService trailService(TripService trips) {
        return new TrailService(trips);
    }

    @Bean
    StatisticsService statisticsService(MongoTripStore trips, Clock clock) {
        return new StatisticsService(trips, clock);
    }

    @Bean
    TripTimers tripTimers(MongoTripStore trips, Clock clock, ApprovalProperties properties, MeterRegistry meters) {
        return new TripTimers(trips, clock, properties.getTimers().getLease(), properties.getTimers().getBatch(),
                meters);
    }

    @Bean
    TimerLoop timerLoop(TripTimers timers, ApprovalProperties properties) {
        return new TimerLoop(timers, properties.getTimers());
    }

    /**
     * Path rules: college staff request and report trips; approvers (college or government) decide
     * and delegate; officers read overdue reports, figures and trail exports. Which trip and which
     * step a caller may touch is checked in the use cases (404 for others' trips, 403 off-route).
     */
    @Bean
    AuthorizationRules approvalRules() {
        String college = PlatformRole.COLLEGE.name();
        String officer = PlatformRole.GOV_OFFICER.name();
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.POST, "/api/approvals/trips", "/api/approvals/trips/check").hasRole(college)
                .pathMatchers(HttpMethod.POST, "/api/approvals/trips/*/recall", "/api/approvals/trips/*/resubmit",
                        "/api/approvals/trips/*/report").hasRole(college)
                .pathMatchers(HttpMethod.POST, "/api/approvals/trips/*/decisions").hasAnyRole(college, officer)
                .pathMatchers(HttpMethod.GET, "/api/approvals/trips/*/trail/export").hasRole(officer)
                .pathMatchers("/api/approvals/trips", "/api/approvals/trips/**").hasAnyRole(college, officer)
                .pathMatchers("/api/approvals/tasks", "/api/approvals/delegations", "/api/approvals/delegations/**")
                .hasAnyRole(college, officer)
                .pathMatchers("/api/approvals/reports/overdue", "/api/approvals/statistics").hasRole(officer)
                .pathMatchers(HttpMethod.GET, "/api/approvals/policy").authenticated();
    }
}
