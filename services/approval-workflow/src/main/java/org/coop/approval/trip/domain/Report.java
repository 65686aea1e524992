package org.coop.approval.trip.domain;

import java.time.Instant;

/** The post-trip report: the full text for officers, the summary for the public. */
public record Report(String filedByUserId, String filedByName, Instant filedAt, String text, String publicSummary,
                     boolean late) {
}
