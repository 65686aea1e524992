package org.coop.approval.trip.domain;

/** A trip's reference to a fact learned from another service (see {@link Evidence}). */
public record EvidenceLink(String kind, String id) {
}
