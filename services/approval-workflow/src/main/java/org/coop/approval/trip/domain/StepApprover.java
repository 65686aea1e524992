package org.coop.approval.trip.domain;

import org.coop.approval.policy.domain.ApproverSpec;

/** An approver of a step, copied from the policy at submission, with whom it escalates to. */
public record StepApprover(String name, ApproverSpec spec, String escalationName, ApproverSpec escalation) {
}
