package org.coop.approval.trip.domain;

/** Estimated cost in whole currency units and where the money comes from. */
public record Budget(long amount, String currency, String fundingSource) {
}
