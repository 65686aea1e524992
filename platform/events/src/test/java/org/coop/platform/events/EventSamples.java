package org.coop.platform.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coop.platform.events.forum.RegistrationConfirmed;
import org.coop.platform.events.matchmaking.MatchAccepted;
import org.coop.platform.events.proposal.ProposalConcluded;
import org.coop.platform.events.proposal.ProposalParty;
import org.coop.platform.events.proposal.ProposalSubmitted;

/** One realistic instance of every catalog type, for the contract test. */
final class EventSamples {

    static final Instant NOW = Instant.parse("2026-11-23T08:30:00Z");

    private EventSamples() {
    }

    static Map<Class<? extends DomainEvent>, DomainEvent> all() {
        List<ProposalParty> parties = List.of(
                new ProposalParty("org-kunming-vocational", "COLLEGE", "CN"),
                new ProposalParty("org-vinfast-bacninh", "COMPANY", "VN"));
        Map<Class<? extends DomainEvent>, DomainEvent> samples = new java.util.LinkedHashMap<>(Map.of(
                MatchAccepted.class, new MatchAccepted("match-1", "need-1", "offer-1", null,
                        "org-kunming-vocational", "org-vinfast-bacninh", "ENTERPRISE", "VN", null,
                        "COLLEGE_COMPANY", List.of("internship"), List.of("VN"), 0.82, NOW),
                ProposalSubmitted.class, new ProposalSubmitted("proposal-1", "match-1", "need-1",
                        "Mechatronics internship in Bac Ninh", "COLLEGE_COMPANY", parties, 2, NOW),
                ProposalConcluded.class, new ProposalConcluded("proposal-1", "match-1", "need-1",
                        "Mechatronics internship in Bac Ninh", "COLLEGE_COMPANY", parties, NOW),
                RegistrationConfirmed.class, new RegistrationConfirmed("registration-1", "forum-1",
                        "China-ASEAN Education Exchange Week", "org-kunming-vocational", List.of("user-1"),
                        "LA", "Vientiane", LocalDate.parse("2027-03-10"), LocalDate.parse("2027-03-12"), NOW)));
        samples.putAll(MatchmakingEventSamples.all(NOW));
        return samples;
    }
}
