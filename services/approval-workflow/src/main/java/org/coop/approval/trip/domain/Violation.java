package org.coop.approval.trip.domain;

import java.util.Map;

/** A broken rule: its name, a sentence with the values, and the values themselves. */
public record Violation(String rule, String message, Map<String, Object> values) {
}
