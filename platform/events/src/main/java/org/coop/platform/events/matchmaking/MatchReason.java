package org.coop.platform.events.matchmaking;

/**
 * Why one criterion of a match scored as it did.
 *
 * @param criterion mode, sector, country, language, keywords or capacity
 * @param outcome SAME, NEED_WITHIN_PARTNER, PARTNER_WITHIN_NEED, OPEN, PARTIAL, NONE or UNKNOWN
 * @param value the criterion's value in [0, 1]
 * @param text the reason as a person reads it, e.g. "country: VN on both sides"
 */
public record MatchReason(String criterion, String outcome, double value, String text) {
}
