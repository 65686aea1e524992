package org.coop.approval.trip.adapter.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.coop.approval.trip.application.EvidenceStore;
import org.coop.approval.trip.domain.Evidence;
import org.coop.platform.events.forum.RegistrationConfirmed;
import org.coop.platform.events.matchmaking.MatchAccepted;
import org.coop.platform.events.proposal.ProposalConcluded;
import org.coop.platform.events.proposal.ProposalParty;
import org.coop.platform.events.proposal.ProposalSubmitted;
import org.coop.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The service's stream functions: facts from matchmaking, proposal and forum-event become the
 * evidence replica a fast-track trip links to. Each handler runs once per event (the inbox) and
 * its effect is an upsert keyed by the fact, so a replay is harmless either way.
 */
@Configuration(proxyBeanMethods = false)
public class EvidenceFunctions {

    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

    @Bean
    Consumer<Message<byte[]>> matchEvidence(EventConsumers consumers, EvidenceStore store) {
        return consumers.consumer("match-evidence")
                .on(MatchAccepted.class, (event, envelope) -> store.record(fromMatch(event), envelope.id())
                        .block(WRITE_TIMEOUT))
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> proposalEvidence(EventConsumers consumers, EvidenceStore store) {
        return consumers.consumer("proposal-evidence")
                .on(ProposalSubmitted.class, (event, envelope) -> store.record(fromProposal(Evidence.PROPOSAL_SUBMITTED,
                        event.proposalId(), event.title(), event.parties()), envelope.id()).block(WRITE_TIMEOUT))
                .on(ProposalConcluded.class, (event, envelope) -> store.record(fromProposal(Evidence.PROPOSAL_CONCLUDED,
                        event.proposalId(), event.title(), event.parties()), envelope.id()).block(WRITE_TIMEOUT))
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> registrationEvidence(EventConsumers consumers, EvidenceStore store) {
        return consumers.consumer("registration-evidence")
                .on(RegistrationConfirmed.class, (event, envelope) -> store.record(fromRegistration(event),
                        envelope.id()).block(WRITE_TIMEOUT))
                .build();
    }

    static Evidence fromMatch(MatchAccepted event) {
        List<String> organizations = new ArrayList<>();
        organizations.add(event.collegeOrganizationId());
        organizations.add(event.partnerOrganizationId());
        if (event.thirdPartyOrganizationId() != null) {
            organizations.add(event.thirdPartyOrganizationId());
        }
        Set<String> countries = new LinkedHashSet<>(event.countries() == null ? List.of() : event.countries());
        if (event.partnerCountry() != null) {
            countries.add(event.partnerCountry());
        }
        return new Evidence(Evidence.MATCH_ACCEPTED, event.matchId(), "match of need " + event.needId(),
                organizations, List.copyOf(countries), null, null, List.of());
    }

    static Evidence fromProposal(String kind, String proposalId, String title, List<ProposalParty> parties) {
        List<ProposalParty> all = parties == null ? List.of() : parties;
        return new Evidence(kind, proposalId, title,
                all.stream().map(ProposalParty::organizationId).filter(Objects::nonNull).distinct().toList(),
                all.stream().map(ProposalParty::country).filter(Objects::nonNull).distinct().toList(),
                null, null, List.of());
    }

    static Evidence fromRegistration(RegistrationConfirmed event) {
        return new Evidence(Evidence.FORUM_REGISTRATION, event.registrationId(), event.forumTitle(),
                List.of(event.organizationId()), List.of(event.forumCountry()), event.startsOn(), event.endsOn(),
                event.attendeeUserIds() == null ? List.of() : event.attendeeUserIds());
    }
}
