package org.coop.approval.trip.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.coop.approval.policy.domain.Actor;

/**
 * An approver lets another person of the same organization decide in their name for a date
 * range (inclusive). Actions taken under it record both names.
 *
 * @param delegator the approver as they were when they delegated (roles, positions, organization)
 */
public record Delegation(String id, Actor delegator, String delegateUserId, String delegateName, LocalDate from,
                         LocalDate to, String reason, Instant createdAt, Instant revokedAt) {

    public boolean activeOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(from) && !day.isAfter(to);
    }

    public Delegation revoke(Instant at) {
        return new Delegation(id, delegator, delegateUserId, delegateName, from, to, reason, createdAt, at);
    }
}
