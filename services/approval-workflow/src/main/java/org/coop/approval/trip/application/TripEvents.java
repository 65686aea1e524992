package org.coop.approval.trip.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.coop.approval.trip.domain.Outcome;
import org.coop.approval.trip.domain.Step;
import org.coop.approval.trip.domain.Traveller;
import org.coop.approval.trip.domain.Trip;
import org.coop.platform.events.DomainEvent;
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

/** Turns what happened to a trip into the events published on {@code approval.trips.v1}. */
final class TripEvents {

    private TripEvents() {
    }

    static TripRequested requested(Trip trip) {
        return new TripRequested(trip.getId(), trip.getCollegeOrganizationId(), trip.getProvince(),
                trip.getRequesterUserId(), trip.getTrack().name(), trip.isInPlan(), trip.getDestinations(),
                trip.getDepartureDate(), trip.getReturnDate(), travellerIds(trip), trip.getPurpose(),
                trip.getPolicyVersion(), trip.getSteps().stream().map(Step::getName).toList(), evidence(trip),
                trip.getSubmittedAt());
    }

    static List<DomainEvent> of(Trip trip, Outcome outcome, Instant now) {
        List<DomainEvent> events = new ArrayList<>();
        if (outcome instanceof Outcome.Approved approved) {
            events.add(new TripStepDecided(trip.getId(), approved.stepIndex(), approved.stepName(),
                    approved.approval().userId(), approved.approval().userName(),
                    approved.approval().onBehalfOfUserId(), approved.approval().onBehalfOfName(),
                    approved.approval().comment(), approved.stepComplete(), approved.approval().withinSla(), now));
            if (approved.tripApproved()) {
                events.add(new TripApproved(trip.getId(), trip.getCollegeOrganizationId(), trip.getProvince(),
                        trip.getTrack().name(), travellerIds(trip), trip.getDestinations(),
                        trip.getDepartureDate(), trip.getReturnDate(), trip.getReportDueOn(), evidence(trip),
                        trip.getPolicyVersion(), now));
            }
        } else if (outcome instanceof Outcome.Rejected rejected) {
            events.add(new TripRejected(trip.getId(), trip.getCollegeOrganizationId(), rejected.stepIndex(),
                    rejected.stepName(), rejected.userId(), rejected.userName(), rejected.onBehalfOfUserId(),
                    rejected.reason(), travellerIds(trip), evidence(trip), now));
        } else if (outcome instanceof Outcome.Returned returned) {
            events.add(new TripReturned(trip.getId(), returned.fromStep(), returned.toStep(), returned.userId(),
                    returned.userName(), returned.onBehalfOfUserId(), returned.comment(), now));
        } else if (outcome instanceof Outcome.Recalled recalled) {
            events.add(new TripRecalled(trip.getId(), trip.getRequesterUserId(), recalled.stepIndex(),
                    recalled.comment(), now));
        } else if (outcome instanceof Outcome.Resubmitted resubmitted) {
            events.add(new TripResubmitted(trip.getId(), trip.getRequesterUserId(), resubmitted.stepIndex(),
                    resubmitted.comment(), now));
        } else if (outcome instanceof Outcome.Escalated escalated && !escalated.escalatedTo().isEmpty()) {
            events.add(new TripEscalated(trip.getId(), escalated.stepIndex(), escalated.stepName(),
                    escalated.dueAt(), escalated.escalatedTo(), now));
        } else if (outcome instanceof Outcome.ReportFiled filed) {
            events.add(new TripReportFiled(trip.getId(), trip.getCollegeOrganizationId(),
                    filed.report().filedByUserId(), filed.dueOn(), filed.report().late(),
                    filed.report().publicSummary(), now));
        }
        // Reminders and overdue reports are trail entries and flags for officers, not facts other services need.
        return events;
    }

    private static List<String> travellerIds(Trip trip) {
        return trip.getTravellers().stream().map(Traveller::userId).toList();
    }

    private static List<EvidenceRef> evidence(Trip trip) {
        return trip.getEvidence().stream().map(link -> new EvidenceRef(link.kind(), link.id())).toList();
    }
}
