package org.coop.platform.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coop.platform.events.approval.EvidenceRef;
import org.coop.platform.events.approval.TripApproved;
import org.coop.platform.events.approval.TripEscalated;
import org.coop.platform.events.approval.TripRecalled;
import org.coop.platform.events.approval.TripRejected;
import org.coop.platform.events.approval.TripReportFiled;
import org.coop.platform.events.approval.TripRequested;
import org.coop.platform.events.approval.TripResubmitted;
import org.coop.platform.events.approval.TripReturned;
import org.coop.platform.events.approval.TripStepDecided;
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
        samples.putAll(approvalSamples());
        samples.putAll(MatchmakingEventSamples.all(NOW));
        samples.putAll(ForumEventSamples.all(NOW));
        samples.putAll(ProposalEventSamples.all(parties, NOW));
        return samples;
    }

    /** A fast-track visit of two college staff to Vientiane, backed by an accepted match. */
    private static Map<Class<? extends DomainEvent>, DomainEvent> approvalSamples() {
        List<String> travellers = List.of("user-lin-wei", "user-zhao-min");
        List<EvidenceRef> evidence = List.of(new EvidenceRef("MATCH_ACCEPTED", "match-1"));
        LocalDate departure = LocalDate.parse("2027-01-10");
        LocalDate back = LocalDate.parse("2027-01-15");
        return Map.of(
                TripRequested.class, new TripRequested("trip-1", "org-kunming-vocational", "YN", "user-he-jing",
                        "FAST_TRACK", true, List.of("LA"), departure, back, travellers,
                        "Sign the internship agreement with the Lao-German technical college", "2026.2",
                        List.of("college-international-office", "college-leadership"), evidence, NOW),
                TripStepDecided.class, new TripStepDecided("trip-1", 0, "college-international-office",
                        "user-wang-fang", "Wang Fang", "user-li-qiang", "Li Qiang", "purpose clear",
                        true, true, NOW),
                TripReturned.class, new TripReturned("trip-1", 1, 0, "user-chen-hao", "Chen Hao", null,
                        "attach the partner's invitation letter", NOW),
                TripResubmitted.class, new TripResubmitted("trip-1", "user-he-jing", 0, "invitation attached", NOW),
                TripRecalled.class, new TripRecalled("trip-1", "user-he-jing", 0, "dates moved", NOW),
                TripApproved.class, new TripApproved("trip-1", "org-kunming-vocational", "YN", "FAST_TRACK",
                        travellers, List.of("LA"), departure, back, LocalDate.parse("2027-02-04"), evidence,
                        "2026.2", NOW),
                TripRejected.class, new TripRejected("trip-1", "org-kunming-vocational", 2, "provincial-education",
                        "user-xu-lan", "Xu Lan", null, "not in the annual plan and no evidence", travellers,
                        evidence, NOW),
                TripEscalated.class, new TripEscalated("trip-1", 1, "college-leadership", NOW,
                        List.of("GOV_OFFICER/DIVISION_HEAD@province"), NOW),
                TripReportFiled.class, new TripReportFiled("trip-1", "org-kunming-vocational", "user-he-jing",
                        LocalDate.parse("2027-02-04"), false,
                        "Internship agreement signed; 12 students placed from March", NOW));
    }
}
