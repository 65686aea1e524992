package org.coop.proposal.agreement.adapter.messaging;

import java.time.Duration;
import java.util.function.Consumer;
import org.coop.platform.events.matchmaking.MatchAccepted;
import org.coop.platform.messaging.EventConsumers;
import org.coop.proposal.agreement.application.MatchReplica;
import org.coop.proposal.agreement.domain.AcceptedMatch;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The service's stream functions: accepted matches become the local replica a proposal is drafted
 * from. The handler runs once per event (the inbox) and its effect is an upsert keyed by the match,
 * so a replay under a new event id is harmless too.
 */
@Configuration(proxyBeanMethods = false)
public class ProposalFunctions {

    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

    @Bean
    Consumer<Message<byte[]>> acceptedMatches(EventConsumers consumers, MatchReplica replica) {
        return consumers.consumer("accepted-matches")
                .on(MatchAccepted.class, (event, envelope) -> replica.record(replicaOf(event)).block(WRITE_TIMEOUT))
                .build();
    }

    static AcceptedMatch replicaOf(MatchAccepted event) {
        return new AcceptedMatch(event.matchId(), event.needId(), event.collegeOrganizationId(),
                event.partnerOrganizationId(), event.partnerKind(), event.partnerCountry(),
                event.thirdPartyOrganizationId(), event.cooperationModel(), event.province(), event.acceptedAt());
    }
}
