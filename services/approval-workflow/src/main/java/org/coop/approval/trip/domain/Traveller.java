package org.coop.approval.trip.domain;

/** A member of the delegation: a platform user of the college, with the rank the policy knows. */
public record Traveller(String userId, String name, String rank, String position) {
}
