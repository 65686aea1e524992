package org.coop.approval.trip.domain;

import java.time.LocalDate;
import java.util.List;

/** What a requester asks for, before any rule is applied. */
public record TripDraft(
        String collegeOrganizationId,
        String province,
        List<Traveller> travellers,
        List<String> destinations,
        LocalDate departureDate,
        LocalDate returnDate,
        String purpose,
        Budget budget,
        boolean inPlan,
        String planReference,
        List<EvidenceLink> evidence,
        List<Attachment> attachments,
        String justification) {

    public TripDraft {
        travellers = travellers == null ? List.of() : List.copyOf(travellers);
        destinations = destinations == null ? List.of() : destinations.stream().distinct().toList();
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The same request with its travellers replaced (e.g. named by their account ids). */
    public TripDraft withTravellers(List<Traveller> resolved) {
        return new TripDraft(collegeOrganizationId, province, resolved, destinations, departureDate, returnDate,
                purpose, budget, inPlan, planReference, evidence, attachments, justification);
    }
}
