package org.coop.approval.trip.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.coop.approval.policy.domain.TripPolicy.StepMode;

/**
 * One step of a trip's route: its approvers, its due time (counted back from departure), its
 * approvals, and whether it was reminded and escalated.
 */
public class Step {

    private int index;
    private String name;
    private StepMode mode;
    private List<StepApprover> approvers = new ArrayList<>();
    private Instant dueAt;
    private Instant remindAt;
    private List<StepApproval> approvals = new ArrayList<>();
    private Instant reminderSentAt;
    private Instant escalatedAt;
    private Instant completedAt;

    protected Step() {
    }

    Step(int index, String name, StepMode mode, List<StepApprover> approvers, Instant dueAt, Instant remindAt) {
        this.index = index;
        this.name = name;
        this.mode = mode;
        this.approvers = new ArrayList<>(approvers);
        this.dueAt = dueAt;
        this.remindAt = remindAt;
    }

    /** Approvers who may still act: everyone until one approves (any-of), or those not yet heard (all-of). */
    List<StepApprover> openApprovers() {
        if (completedAt != null) {
            return List.of();
        }
        if (mode == StepMode.ANY_OF) {
            return approvals.isEmpty() ? approvers : List.of();
        }
        return approvers.stream()
                .filter(approver -> approvals.stream().noneMatch(a -> a.approverName().equals(approver.name())))
                .toList();
    }

    boolean satisfied() {
        return openApprovers().isEmpty();
    }

    void approve(StepApproval approval) {
        approvals.add(approval);
        if (openApprovers().isEmpty()) {
            completedAt = approval.at();
        }
    }

    /** Forgets approvals (the trip was returned to this step or before it). */
    void reopen() {
        approvals.clear();
        completedAt = null;
        reminderSentAt = null;
        escalatedAt = null;
    }

    void markReminded(Instant at) {
        reminderSentAt = at;
    }

    void markEscalated(Instant at) {
        escalatedAt = at;
    }

    public int getIndex() {
        return index;
    }

    public String getName() {
        return name;
    }

    public StepMode getMode() {
        return mode;
    }

    public List<StepApprover> getApprovers() {
        return List.copyOf(approvers);
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getRemindAt() {
        return remindAt;
    }

    public List<StepApproval> getApprovals() {
        return List.copyOf(approvals);
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public boolean isEscalated() {
        return escalatedAt != null;
    }
}
