package org.coop.platform.events.matchmaking;

import java.util.List;

/**
 * The structured criteria of a need, offer or subscription, as vocabulary codes. On an offer or a
 * subscription an empty list means "any".
 *
 * @param modes cooperation mode codes (internship, order-class, ...)
 * @param sectors sector codes of the taxonomy
 * @param countries ISO 3166-1 alpha-2 codes
 * @param languages ISO 639-1 codes
 */
public record MatchCriteria(List<String> modes, List<String> sectors, List<String> countries,
                            List<String> languages) {
}
