package org.coop.approval.trip.adapter.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coop.approval.trip.domain.Assessment;
import org.coop.approval.trip.domain.Attachment;
import org.coop.approval.trip.domain.Budget;
import org.coop.approval.trip.domain.EvidenceLink;
import org.coop.approval.trip.domain.Report;
import org.coop.approval.trip.domain.Step;
import org.coop.approval.trip.domain.StepApproval;
import org.coop.approval.trip.domain.Traveller;
import org.coop.approval.trip.domain.Trip;
import org.coop.approval.trip.domain.Violation;

/** What the trip API answers (the trail has its own endpoints). */
public final class TripViews {

    private TripViews() {
    }

    public record Page<T>(List<T> items, int page, int size) {
    }

    public record StepView(int index, String name, String mode, List<String> approvers, Instant dueAt,
                           Instant reminderSentAt, Instant escalatedAt, Instant completedAt,
                           List<StepApproval> approvals) {

        static StepView of(Step step) {
            return new StepView(step.getIndex(), step.getName(), step.getMode().name(),
                    step.getApprovers().stream().map(a -> a.name() + " (" + a.spec().describe() + ")").toList(),
                    step.getDueAt(), step.getReminderSentAt(), step.getEscalatedAt(), step.getCompletedAt(),
                    step.getApprovals());
        }
    }

    public record TripView(String id, String collegeOrganizationId, String province, String requesterUserId,
                           String requesterName, List<Traveller> travellers, List<String> destinations,
                           LocalDate departureDate, LocalDate returnDate, String purpose, Budget budget,
                           boolean inPlan, String planReference, List<EvidenceLink> evidence,
                           List<Attachment> attachments, String justification, String track, String policyVersion,
                           String route, long leadTimeDays, String status, int currentStep, List<StepView> steps,
                           Instant submittedAt, Instant decidedAt, boolean reportRequired, LocalDate reportDueOn,
                           boolean reportOverdue, Report report, int trailEntries) {

        public static TripView of(Trip trip) {
            return new TripView(trip.getId(), trip.getCollegeOrganizationId(), trip.getProvince(),
                    trip.getRequesterUserId(), trip.getRequesterName(), trip.getTravellers(), trip.getDestinations(),
                    trip.getDepartureDate(), trip.getReturnDate(), trip.getPurpose(), trip.getBudget(),
                    trip.isInPlan(), trip.getPlanReference(), trip.getEvidence(), trip.getAttachments(),
                    trip.getJustification(), trip.getTrack().name(), trip.getPolicyVersion(), trip.getRouteName(),
                    trip.getLeadTimeDays(), trip.getStatus().name(), trip.getCurrentStep(),
                    trip.getSteps().stream().map(StepView::of).toList(), trip.getSubmittedAt(), trip.getDecidedAt(),
                    trip.isReportRequired(), trip.getReportDueOn(), trip.isReportOverdue(), trip.getReport(),
                    trip.getTrail().size());
        }
    }

    public record CheckView(boolean passes, String policyVersion, String track, String route, List<String> steps,
                            long leadTimeDays, int requiredLeadTimeDays, List<EvidenceLink> qualifyingEvidence,
                            List<Violation> violations) {

        static CheckView of(Assessment assessment) {
            return new CheckView(assessment.passes(), assessment.policyVersion(), assessment.track().name(),
                    assessment.routeName(), assessment.steps().stream().map(s -> s.name()).toList(),
                    assessment.leadTimeDays(), assessment.requiredLeadTimeDays(), assessment.qualifyingEvidence(),
                    assessment.violations());
        }
    }
}
