/**
 * Matches between a need and a partner (subscription or offer): suggestion, acceptance or
 * decline by each side, brokering by government officers. Kept flat: the rules are a small state
 * machine on the document ({@link org.coop.matchmaking.matches.MatchDocument}).
 */
package org.coop.matchmaking.matches;
