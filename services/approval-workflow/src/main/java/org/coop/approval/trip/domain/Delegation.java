package org.coop.approval.trip.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coop.approval.policy.domain.Actor;
import org.coop.approval.policy.domain.TripPolicy;

/**
 * An approver lets another person of the same organization decide in their name for a date
 * range (inclusive). Actions taken under it record both names.
 *
 * @param delegator the approver as they were when they delegated (roles, positions, organization)
 * @param delegateUserId the delegate's account id (the directory resolves a username given)
 */
public record Delegation(String id, Actor delegator, String delegateUserId, String delegateName, LocalDate from,
                         LocalDate to, String reason, Instant createdAt, Instant revokedAt) {

    public boolean activeOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(from) && !day.isAfter(to);
    }

    public Delegation revoke(Instant at) {
        return new Delegation(id, delegator, delegateUserId, delegateName, from, to, reason, createdAt, at);
    }

    /**
     * The approvers of {@code delegator} under {@code policy} that {@code delegate} may not decide
     * for; empty when the delegation may be given. A delegation moves a decision only to somebody
     * who holds what its step needs: who qualifies as the approver, or as the approver the policy
     * escalates it to (the next level, who decides that step anyway once it is overdue). So the
     * international office may hand its step to the college leader, never to any colleague.
     */
    public static List<String> approversBeyond(TripPolicy policy, Actor delegator, Actor delegate) {
        return policy.approversOf(delegator).keySet().stream()
                .filter(name -> !policy.mayDecideFor(name, delegate))
                .toList();
    }
}
