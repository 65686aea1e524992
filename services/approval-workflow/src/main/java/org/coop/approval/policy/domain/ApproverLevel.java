package org.coop.approval.policy.domain;

/** Whose organizations an approver belongs to: the traveller's college, or the college's province. */
public enum ApproverLevel {
    COLLEGE,
    PROVINCE
}
