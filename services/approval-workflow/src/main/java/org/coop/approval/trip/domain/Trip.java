package org.coop.approval.trip.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coop.approval.policy.domain.Actor;
import org.coop.approval.policy.domain.ApproverSpec;
import org.coop.approval.policy.domain.TripPolicy;
import org.coop.approval.trip.domain.TripRefused.Reason;

/**
 * An overseas trip request and its way through its route. Every action checks who may take it,
 * changes the state, and appends a hash-chained entry to the trail; timers (reminders,
 * escalation, overdue reports) are derived from the state ({@link #getNextTimerAt()}), so they are
 * stored with it in one write and survive restarts.
 */
public class Trip {

    /** The actor name of actions taken by the service itself (timers). */
    public static final String SYSTEM = "system";

    private String id;
    private String collegeOrganizationId;
    private String province;
    private String requesterUserId;
    private String requesterName;
    private List<Traveller> travellers = new ArrayList<>();
    private List<String> destinations = new ArrayList<>();
    private LocalDate departureDate;
    private LocalDate returnDate;
    private String purpose;
    private Budget budget;
    private boolean inPlan;
    private String planReference;
    private List<EvidenceLink> evidence = new ArrayList<>();
    private List<Attachment> attachments = new ArrayList<>();
    private String justification;
    private Track track;
    private String policyVersion;
    private String routeName;
    private String timeZone;
    private long leadTimeDays;
    private int reportDueDaysAfterReturn;
    private boolean reportRequired;
    private List<String> publishedFields = new ArrayList<>();
    private List<Step> steps = new ArrayList<>();
    private TripStatus status;
    private int currentStep;
    private int resumeAtStep;
    private Instant submittedAt;
    private Instant decidedAt;
    private LocalDate reportDueOn;
    private Report report;
    private boolean reportOverdue;
    private List<TrailEntry> trail = new ArrayList<>();
    private List<String> openKeys = new ArrayList<>();
    private List<String> participants = new ArrayList<>();
    private Instant currentDueAt;
    private Instant nextTimerAt;

    protected Trip() {
    }

    /** A trip that passed its assessment enters its route at the first step. */
    public static Trip submit(String id, TripDraft draft, Assessment assessment, TripPolicy policy, Actor requester,
                              Instant now) {
        if (!assessment.passes()) {
            throw new IllegalArgumentException("a trip with broken rules cannot be submitted");
        }
        Trip trip = new Trip();
        trip.id = id;
        trip.collegeOrganizationId = draft.collegeOrganizationId();
        trip.province = draft.province();
        trip.requesterUserId = requester.userId();
        trip.requesterName = requester.name();
        trip.travellers = new ArrayList<>(draft.travellers());
        trip.destinations = new ArrayList<>(draft.destinations());
        trip.departureDate = draft.departureDate();
        trip.returnDate = draft.returnDate();
        trip.purpose = draft.purpose();
        trip.budget = draft.budget();
        trip.inPlan = draft.inPlan();
        trip.planReference = draft.planReference();
        trip.evidence = new ArrayList<>(draft.evidence());
        trip.attachments = new ArrayList<>(draft.attachments());
        trip.justification = draft.justification();
        trip.track = assessment.track();
        trip.policyVersion = policy.version();
        trip.routeName = assessment.routeName();
        trip.timeZone = policy.timeZone();
        trip.leadTimeDays = assessment.leadTimeDays();
        trip.reportDueDaysAfterReturn = policy.report().dueDaysAfterReturn();
        trip.reportRequired = assessment.track() == Track.FAST_TRACK || policy.report().requiredForStandard();
        trip.publishedFields = new ArrayList<>(policy.report().publishedFields() == null ? List.of()
                : policy.report().publishedFields());
        trip.steps = buildSteps(policy, assessment, draft.departureDate());
        trip.status = TripStatus.IN_REVIEW;
        trip.currentStep = 0;
        trip.submittedAt = now;
        Set<String> participants = new LinkedHashSet<>();
        participants.add(requester.userId());
        draft.travellers().forEach(traveller -> participants.add(traveller.userId()));
        trip.participants = new ArrayList<>(participants);
        trip.record(now, "SUBMITTED", requester.userId(), requester.name(), null, null, -1,
                assessment.track() + " via route " + assessment.routeName() + " under policy " + policy.version()
                        + "; lead time " + assessment.leadTimeDays() + " days");
        trip.refresh();
        return trip;
    }

    private static List<Step> buildSteps(TripPolicy policy, Assessment assessment, LocalDate departure) {
        TripPolicy.TrackSla sla = assessment.track() == Track.FAST_TRACK ? policy.sla().fastTrack()
                : policy.sla().standard();
        ZoneId zone = ZoneId.of(policy.timeZone());
        List<TripPolicy.StepRule> rules = assessment.steps();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            TripPolicy.StepRule rule = rules.get(i);
            int daysBefore = sla.finalDecisionDaysBeforeDeparture() + (rules.size() - 1 - i) * sla.daysPerStep();
            Instant due = departure.minusDays(daysBefore).atStartOfDay(zone).toInstant();
            Instant remind = due.minusSeconds(3600L * policy.sla().reminderHoursBeforeDue());
            List<StepApprover> approvers = rule.approvers().stream().map(name -> {
                ApproverSpec spec = policy.approvers().get(name);
                String escalation = spec.escalateTo();
                return new StepApprover(name, spec, escalation,
                        escalation == null ? null : policy.approvers().get(escalation));
            }).toList();
            steps.add(new Step(i, rule.name(), rule.mode(), approvers, due, remind));
        }
        return steps;
    }

    // ---- decisions -------------------------------------------------------------------------

    /** Who acts, and for whom, on the current step; refused when nobody of them is routed there. */
    private record Acting(StepApprover approver, Actor actor, Actor onBehalfOf) {
    }

    private Acting authorize(Actor actor, List<Delegation> delegations, Instant now) {
        if (travelsOnOrRequested(actor)) {
            throw new TripRefused(Reason.NOT_PERMITTED, "segregation of duties: " + actor.name()
                    + " travels on or requested this trip and cannot decide on it");
        }
        if (status != TripStatus.IN_REVIEW) {
            throw new TripRefused(Reason.WRONG_STATE, "the trip is " + status + ", not in review");
        }
        Step step = steps.get(currentStep);
        for (StepApprover approver : step.openApprovers()) {
            if (qualifies(approver, step, actor)) {
                return new Acting(approver, actor, null);
            }
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of(timeZone));
        for (Delegation delegation : delegations) {
            Actor delegator = delegation.delegator();
            if (!delegation.activeOn(today) || !delegation.delegateUserId().equals(actor.userId())
                    || !delegator.organizationId().equals(actor.organizationId())) {
                continue;
            }
            if (travelsOnOrRequested(delegator)) {
                continue;
            }
            for (StepApprover approver : step.openApprovers()) {
                if (qualifies(approver, step, delegator)) {
                    return new Acting(approver, actor, delegator);
                }
            }
        }
        throw new TripRefused(Reason.NOT_PERMITTED, "step '" + step.getName() + "' of this trip is not routed to "
                + actor.name() + " (it waits for " + step.openApprovers().stream()
                .map(a -> a.spec().describe()).toList() + ")");
    }

    /**
     * Segregation of duties: participants are the requester and the travellers by account id (the
     * directory resolves the names a requester gives); trips stored before that may name a
     * traveller by username, which is recognised too.
     */
    private boolean travelsOnOrRequested(Actor actor) {
        return participants.stream().anyMatch(actor::isNamedBy);
    }

    private boolean qualifies(StepApprover approver, Step step, Actor actor) {
        if (approver.spec().matches(actor, collegeOrganizationId, province)) {
            return true;
        }
        return step.isEscalated() && approver.escalation() != null
                && approver.escalation().matches(actor, collegeOrganizationId, province);
    }

    /** Whether the actor (or someone they stand in for) may decide the current step now. */
    public boolean canDecide(Actor actor, List<Delegation> delegations, Instant now) {
        try {
            authorize(actor, delegations, now);
            return true;
        } catch (TripRefused refused) {
            return false;
        }
    }

    public Outcome.Approved approve(Actor actor, List<Delegation> delegations, String comment, Instant now) {
        Acting acting = authorize(actor, delegations, now);
        Step step = steps.get(currentStep);
        boolean withinSla = !now.isAfter(step.getDueAt());
        StepApproval approval = new StepApproval(acting.approver().name(), actor.userId(), actor.name(),
                acting.onBehalfOf() == null ? null : acting.onBehalfOf().userId(),
                acting.onBehalfOf() == null ? null : acting.onBehalfOf().name(), now, withinSla, comment);
        step.approve(approval);
        record(now, "APPROVED", actor, acting.onBehalfOf(), step.getIndex(),
                "as " + acting.approver().name() + (withinSla ? "" : " (after the due time)")
                        + (comment == null || comment.isBlank() ? "" : ": " + comment));
        boolean stepComplete = step.satisfied();
        boolean tripApproved = false;
        if (stepComplete) {
            if (currentStep + 1 < steps.size()) {
                currentStep++;
            } else {
                tripApproved = true;
                status = TripStatus.APPROVED;
                decidedAt = now;
                reportDueOn = returnDate.plusDays(reportDueDaysAfterReturn);
                record(now, "TRIP_APPROVED", SYSTEM, SYSTEM, null, null, step.getIndex(),
                        "route complete" + (reportRequired ? "; report due " + reportDueOn : ""));
            }
        }
        refresh();
        return new Outcome.Approved(step.getIndex(), step.getName(), approval, stepComplete, tripApproved);
    }

    public Outcome.Rejected reject(Actor actor, List<Delegation> delegations, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new TripRefused(Reason.INVALID, "reason", "a rejection needs a reason");
        }
        Acting acting = authorize(actor, delegations, now);
        Step step = steps.get(currentStep);
        status = TripStatus.REJECTED;
        decidedAt = now;
        record(now, "REJECTED", actor, acting.onBehalfOf(), step.getIndex(), reason);
        refresh();
        return new Outcome.Rejected(step.getIndex(), step.getName(), actor.userId(), actor.name(),
                acting.onBehalfOf() == null ? null : acting.onBehalfOf().userId(), reason);
    }

    /** Sends the trip back to the requester; on resubmission it resumes at {@code toStep}. */
    public Outcome.Returned returnTo(Actor actor, List<Delegation> delegations, int toStep, String comment,
                                     Instant now) {
        if (comment == null || comment.isBlank()) {
            throw new TripRefused(Reason.INVALID, "comment", "a return needs a comment for the requester");
        }
        Acting acting = authorize(actor, delegations, now);
        if (toStep < 0 || toStep > currentStep) {
            throw new TripRefused(Reason.INVALID, "toStep", "toStep must be a step from 0 to the current step "
                    + currentStep + " (was " + toStep + ")");
        }
        int from = currentStep;
        for (int i = toStep; i <= from; i++) {
            steps.get(i).reopen();
        }
        status = TripStatus.RETURNED;
        resumeAtStep = toStep;
        currentStep = toStep;
        record(now, "RETURNED", actor, acting.onBehalfOf(), from,
                "to step " + toStep + " (" + steps.get(toStep).getName() + "): " + comment);
        refresh();
        return new Outcome.Returned(from, toStep, actor.userId(), actor.name(),
                acting.onBehalfOf() == null ? null : acting.onBehalfOf().userId(), comment);
    }

    /** The requester takes the trip back, as long as the current step has not decided anything. */
    public Outcome.Recalled recall(Actor actor, String comment, Instant now) {
        requireRequester(actor, "recall");
        if (status != TripStatus.IN_REVIEW) {
            throw new TripRefused(Reason.WRONG_STATE, "only a trip in review can be recalled; it is " + status);
        }
        Step step = steps.get(currentStep);
        if (!step.getApprovals().isEmpty()) {
            throw new TripRefused(Reason.WRONG_STATE, "step '" + step.getName()
                    + "' has already started deciding; the trip can no longer be recalled");
        }
        status = TripStatus.RECALLED;
        resumeAtStep = currentStep;
        record(now, "RECALLED", actor, null, currentStep, comment == null ? "" : comment);
        refresh();
        return new Outcome.Recalled(currentStep, comment);
    }

    /** The requester answers a return or a recall; the route resumes where the approver chose. */
    public Outcome.Resubmitted resubmit(Actor actor, String comment, List<Attachment> added, Instant now) {
        requireRequester(actor, "resubmit");
        if (status != TripStatus.RETURNED && status != TripStatus.RECALLED) {
            throw new TripRefused(Reason.WRONG_STATE, "only a returned or recalled trip can be resubmitted; it is "
                    + status);
        }
        if (added != null) {
            attachments.addAll(added);
        }
        status = TripStatus.IN_REVIEW;
        currentStep = resumeAtStep;
        record(now, "RESUBMITTED", actor, null, currentStep, (comment == null ? "" : comment)
                + (added == null || added.isEmpty() ? "" : " (+" + added.size() + " attachment(s))"));
        refresh();
        return new Outcome.Resubmitted(currentStep, comment);
    }

    private void requireRequester(Actor actor, String what) {
        if (!requesterUserId.equals(actor.userId())) {
            throw new TripRefused(Reason.NOT_PERMITTED, "only the requester " + requesterName + " can " + what
                    + " this trip");
        }
    }

    // ---- after the trip --------------------------------------------------------------------

    /** The requester or a traveller files the report once the delegation is back. */
    public Outcome.ReportFiled fileReport(Actor actor, String text, String publicSummary, Instant now) {
        if (!requesterUserId.equals(actor.userId())
                && travellers.stream().noneMatch(traveller -> actor.isNamedBy(traveller.userId()))) {
            throw new TripRefused(Reason.NOT_PERMITTED, "only the requester or a traveller files the trip report");
        }
        if (status != TripStatus.APPROVED) {
            throw new TripRefused(Reason.WRONG_STATE, "a report is filed for an approved trip; this one is " + status);
        }
        if (report != null) {
            throw new TripRefused(Reason.WRONG_STATE, "the report was already filed on " + report.filedAt());
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of(timeZone));
        if (today.isBefore(returnDate)) {
            throw new TripRefused(Reason.WRONG_STATE, "the report is filed after the return on " + returnDate);
        }
        boolean late = today.isAfter(reportDueOn);
        report = new Report(actor.userId(), actor.name(), now, text, publicSummary, late);
        reportOverdue = false;
        record(now, "REPORT_FILED", actor, null, -1, late ? "late (due " + reportDueOn + ")" : "on time");
        refresh();
        return new Outcome.ReportFiled(report, reportDueOn);
    }

    // ---- timers ----------------------------------------------------------------------------

    /** Fires whatever is due at {@code now}: reminders, escalation of an overdue step, an overdue report. */
    public List<Outcome> fireTimers(Instant now) {
        List<Outcome> outcomes = new ArrayList<>();
        if (status == TripStatus.IN_REVIEW) {
            Step step = steps.get(currentStep);
            if (step.getReminderSentAt() == null && !now.isBefore(step.getRemindAt()) && !step.isEscalated()) {
                step.markReminded(now);
                record(now, "REMINDED", SYSTEM, SYSTEM, null, null, step.getIndex(), "due " + step.getDueAt()
                        + "; waiting for " + step.openApprovers().stream().map(StepApprover::name).toList());
                outcomes.add(new Outcome.Reminded(step.getIndex(), step.getName()));
            }
            if (!step.isEscalated() && now.isAfter(step.getDueAt())) {
                step.markEscalated(now);
                List<String> to = step.openApprovers().stream().filter(a -> a.escalation() != null)
                        .map(a -> a.escalationName() + " (" + a.escalation().describe() + ")").distinct().toList();
                record(now, to.isEmpty() ? "OVERDUE" : "ESCALATED", SYSTEM, SYSTEM, null, null, step.getIndex(),
                        "due " + step.getDueAt() + (to.isEmpty() ? "; the policy names no next level"
                                : "; now also decided by " + to));
                outcomes.add(new Outcome.Escalated(step.getIndex(), step.getName(), step.getDueAt(), to));
            }
        } else if (status == TripStatus.APPROVED && reportRequired && report == null && !reportOverdue
                && reportDueOn != null && !now.isBefore(reportOverdueAt())) {
            reportOverdue = true;
            record(now, "REPORT_OVERDUE", SYSTEM, SYSTEM, null, null, -1, "report was due " + reportDueOn);
            outcomes.add(new Outcome.ReportOverdue(reportDueOn));
        }
        refresh();
        return outcomes;
    }

    private Instant reportOverdueAt() {
        return reportDueOn.plusDays(1).atStartOfDay(ZoneId.of(timeZone)).toInstant();
    }

    /** Recomputes what queries and timers read: open routing keys, the due time, the next timer. */
    private void refresh() {
        openKeys = new ArrayList<>();
        currentDueAt = null;
        nextTimerAt = null;
        if (status == TripStatus.IN_REVIEW) {
            Step step = steps.get(currentStep);
            Set<String> keys = new LinkedHashSet<>();
            for (StepApprover approver : step.openApprovers()) {
                keys.add(approver.spec().key(collegeOrganizationId, province));
                if (step.isEscalated() && approver.escalation() != null) {
                    keys.add(approver.escalation().key(collegeOrganizationId, province));
                }
            }
            openKeys.addAll(keys);
            currentDueAt = step.getDueAt();
            if (step.getReminderSentAt() == null && !step.isEscalated()) {
                nextTimerAt = step.getRemindAt();
            } else if (!step.isEscalated()) {
                nextTimerAt = step.getDueAt().plusMillis(1);
            }
        } else if (status == TripStatus.APPROVED && reportRequired && report == null && !reportOverdue) {
            nextTimerAt = reportOverdueAt();
        }
    }

    // ---- trail -----------------------------------------------------------------------------

    private void record(Instant at, String action, Actor actor, Actor onBehalfOf, int stepIndex, String detail) {
        record(at, action, actor.userId(), actor.name(), onBehalfOf == null ? null : onBehalfOf.userId(),
                onBehalfOf == null ? null : onBehalfOf.name(), stepIndex, detail);
    }

    private void record(Instant at, String action, String userId, String userName, String onBehalfOfUserId,
                        String onBehalfOfName, int stepIndex, String detail) {
        String previous = trail.isEmpty() ? TrailEntry.GENESIS : trail.get(trail.size() - 1).hash();
        trail.add(TrailEntry.append(previous, trail.size() + 1, at, action, userId, userName, onBehalfOfUserId,
                onBehalfOfName, stepIndex, detail));
    }

    public TrailVerification verifyTrail() {
        return TrailVerification.of(trail);
    }

    /** The fields the policy publishes, for the public summary (only once the trip is approved). */
    public Map<String, Object> publicSummary() {
        Map<String, Object> all = new java.util.LinkedHashMap<>();
        all.put("college", collegeOrganizationId);
        all.put("destinations", List.copyOf(destinations));
        all.put("departureDate", departureDate.toString());
        all.put("returnDate", returnDate.toString());
        all.put("purpose", purpose);
        all.put("travellerCount", travellers.size());
        all.put("track", track.name());
        all.put("status", status.name());
        all.put("reportSummary", report == null ? null : report.publicSummary());
        all.put("reportFiledAt", report == null ? null : report.filedAt().toString());
        Map<String, Object> published = new java.util.LinkedHashMap<>();
        published.put("tripId", id);
        for (String field : publishedFields) {
            if (all.get(field) != null) {
                published.put(field, all.get(field));
            }
        }
        return published;
    }

    public boolean isParticipant(String userId) {
        return participants.contains(userId);
    }

    public Step currentStepOrNull() {
        return status == TripStatus.IN_REVIEW ? steps.get(currentStep) : null;
    }

    // ---- read access -----------------------------------------------------------------------

    public String getId() {
        return id;
    }

    public String getCollegeOrganizationId() {
        return collegeOrganizationId;
    }

    public String getProvince() {
        return province;
    }

    public String getRequesterUserId() {
        return requesterUserId;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public List<Traveller> getTravellers() {
        return List.copyOf(travellers);
    }

    public List<String> getDestinations() {
        return List.copyOf(destinations);
    }

    public LocalDate getDepartureDate() {
        return departureDate;
    }

    public LocalDate getReturnDate() {
        return returnDate;
    }

    public String getPurpose() {
        return purpose;
    }

    public Budget getBudget() {
        return budget;
    }

    public boolean isInPlan() {
        return inPlan;
    }

    public String getPlanReference() {
        return planReference;
    }

    public List<EvidenceLink> getEvidence() {
        return List.copyOf(evidence);
    }

    public List<Attachment> getAttachments() {
        return List.copyOf(attachments);
    }

    public String getJustification() {
        return justification;
    }

    public Track getTrack() {
        return track;
    }

    public String getPolicyVersion() {
        return policyVersion;
    }

    public String getRouteName() {
        return routeName;
    }

    public long getLeadTimeDays() {
        return leadTimeDays;
    }

    public boolean isReportRequired() {
        return reportRequired;
    }

    public List<Step> getSteps() {
        return List.copyOf(steps);
    }

    public TripStatus getStatus() {
        return status;
    }

    public int getCurrentStep() {
        return currentStep;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public LocalDate getReportDueOn() {
        return reportDueOn;
    }

    public Report getReport() {
        return report;
    }

    public boolean isReportOverdue() {
        return reportOverdue;
    }

    public List<TrailEntry> getTrail() {
        return List.copyOf(trail);
    }

    public List<String> getOpenKeys() {
        return List.copyOf(openKeys);
    }

    public Instant getCurrentDueAt() {
        return currentDueAt;
    }

    public Instant getNextTimerAt() {
        return nextTimerAt;
    }

    public String getTimeZone() {
        return timeZone;
    }
}
