package org.coop.proposal;

import java.time.Clock;
import java.time.Duration;
import org.coop.platform.messaging.AggregateWriter;
import org.coop.platform.security.AuthorizationRules;
import org.coop.platform.security.PlatformRole;
import org.coop.proposal.agreement.adapter.mongo.MongoMatchReplica;
import org.coop.proposal.agreement.adapter.mongo.MongoProposalStore;
import org.coop.proposal.agreement.application.ProposalService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Wires the use cases to their Mongo adapters, the indexes at start, and the path rules. */
@Configuration(proxyBeanMethods = false)
public class ProposalConfiguration {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    @Bean
    MongoProposalStore proposalStore(ReactiveMongoTemplate mongo, AggregateWriter writer) {
        return new MongoProposalStore(mongo, writer);
    }

    @Bean
    MongoMatchReplica matchReplica(ReactiveMongoTemplate mongo) {
        return new MongoMatchReplica(mongo);
    }

    @Bean
    SmartInitializingSingleton proposalIndexes(MongoProposalStore proposals) {
        return () -> proposals.createIndexes().block(START_TIMEOUT);
    }

    @Bean
    ProposalService proposalService(MongoProposalStore proposals, MongoMatchReplica matches, Clock clock) {
        return new ProposalService(proposals, matches, clock);
    }

    /**
     * Path rules: the parties of agreements (colleges, enterprises, institutions) and government
     * officers (third party, or readers in their province). Which proposal a caller may see or act on
     * is checked in the use cases (404 for others' proposals).
     */
    @Bean
    AuthorizationRules proposalRules() {
        return exchanges -> exchanges
                .pathMatchers("/api/proposals", "/api/proposals/**").hasAnyRole(PlatformRole.COLLEGE.name(),
                        PlatformRole.ENTERPRISE.name(), PlatformRole.INSTITUTION.name(),
                        PlatformRole.GOV_OFFICER.name());
    }
}
