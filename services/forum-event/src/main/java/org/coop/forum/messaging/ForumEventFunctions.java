package org.coop.forum.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.coop.forum.meeting.application.MatchReplica;
import org.coop.forum.meeting.domain.AcceptedMatch;
import org.coop.forum.registration.application.RegistrationService;
import org.coop.platform.events.approval.TripApproved;
import org.coop.platform.events.approval.TripRejected;
import org.coop.platform.events.matchmaking.MatchAccepted;
import org.coop.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The service's stream functions: trip outcomes from approval-workflow clear a delegation's travel
 * or release its seats; accepted matches from matchmaking feed the meeting suggestions. Each
 * handler runs once per event (the inbox), and each effect is also harmless when repeated (seat
 * releases are keyed by the registration, the match replica by the match).
 */
@Configuration(proxyBeanMethods = false)
public class ForumEventFunctions {

    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

    @Bean
    Consumer<Message<byte[]>> tripOutcomes(EventConsumers consumers, RegistrationService registrations) {
        return consumers.consumer("trip-outcomes")
                .on(TripApproved.class, (event, envelope) -> registrations.tripApproved(event).block(WRITE_TIMEOUT))
                .on(TripRejected.class, (event, envelope) -> registrations.tripRejected(event).block(WRITE_TIMEOUT))
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> acceptedMatches(EventConsumers consumers, MatchReplica replica) {
        return consumers.consumer("accepted-matches")
                .on(MatchAccepted.class, (event, envelope) -> replica.record(fromMatch(event)).block(WRITE_TIMEOUT))
                .build();
    }

    static AcceptedMatch fromMatch(MatchAccepted event) {
        List<String> organizations = new ArrayList<>();
        organizations.add(event.collegeOrganizationId());
        organizations.add(event.partnerOrganizationId());
        if (event.thirdPartyOrganizationId() != null) {
            organizations.add(event.thirdPartyOrganizationId());
        }
        return new AcceptedMatch(event.matchId(), organizations);
    }
}
