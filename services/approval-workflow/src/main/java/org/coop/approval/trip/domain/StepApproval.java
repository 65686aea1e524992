package org.coop.approval.trip.domain;

import java.time.Instant;

/**
 * One approval recorded on a step.
 *
 * @param approverName which of the step's approvers this approval satisfies
 * @param onBehalfOfUserId the delegator, when a delegate acted
 * @param withinSla decided before the step's due time
 */
public record StepApproval(String approverName, String userId, String userName, String onBehalfOfUserId,
                           String onBehalfOfName, Instant at, boolean withinSla, String comment) {
}
