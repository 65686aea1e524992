package org.coop.matchmaking.matching.domain;

import java.util.Collection;

/**
 * Why one criterion scored as it did. Kept as codes and rendered to text only when shown, so
 * scoring thousands of candidates stays cheap.
 *
 * @param outcome how the two sides compare on this criterion
 * @param needSide the need's value the reason is about (a code, or codes joined by ", ")
 * @param partnerSide the partner's value the reason is about
 * @param missing for languages: the partner's languages the college lacks; for keywords: those not found
 */
public record Reason(Criterion criterion, Outcome outcome, double value, String needSide, String partnerSide,
                     Collection<String> missing) {

    /** How two sides compare on one criterion. */
    public enum Outcome {
        /** the same value on both sides */
        SAME,
        /** the need's value lies within the partner's (a child sector) */
        NEED_WITHIN_PARTNER,
        /** the partner's value lies within the need's */
        PARTNER_WITHIN_NEED,
        /** the partner accepts any value */
        OPEN,
        /** some overlap, something missing */
        PARTIAL,
        /** nothing in common */
        NONE,
        /** neither side said anything comparable */
        UNKNOWN
    }

    /** The reason as a person reads it, in English with vocabulary codes. */
    public String text() {
        String name = criterion.label();
        return switch (criterion) {
            case SECTORS -> switch (outcome) {
                case SAME -> name + ": " + needSide + " on both sides";
                case NEED_WITHIN_PARTNER -> name + ": " + needSide + " within " + partnerSide;
                case PARTNER_WITHIN_NEED -> name + ": " + partnerSide + " within " + needSide;
                case OPEN -> name + ": any sector accepted";
                default -> name + ": no common sector";
            };
            case MODES, COUNTRIES -> switch (outcome) {
                case SAME -> name + ": " + needSide + " on both sides";
                case OPEN -> name + ": any " + name + " accepted";
                default -> name + ": nothing in common";
            };
            case LANGUAGES -> switch (outcome) {
                case SAME -> name + ": " + partnerSide + " on both sides";
                case PARTIAL, NONE -> name + ": " + String.join(", ", missing)
                        + " missing on the college side — interpreter needed";
                default -> name + ": the partner names no working language";
            };
            case KEYWORDS -> switch (outcome) {
                case SAME -> name + ": " + partnerSide + " found in the need";
                case PARTIAL -> name + ": " + partnerSide + " found, " + String.join(", ", missing) + " not found";
                case NONE -> name + ": none of " + String.join(", ", missing) + " found";
                default -> name + ": none given";
            };
            case CAPACITY -> switch (outcome) {
                case SAME -> name + ": " + partnerSide + " offered for " + needSide + " sought";
                case PARTIAL -> name + ": only " + partnerSide + " offered for " + needSide + " sought";
                default -> name + ": not compared";
            };
        };
    }
}
