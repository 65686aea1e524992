package org.coop.approval.trip.domain;

/**
 * An action the trip does not allow. {@link Reason} tells the adapter how to answer: the caller
 * may not act (NOT_PERMITTED), the trip is not in a state for it (WRONG_STATE), or the input is
 * wrong (INVALID).
 */
public class TripRefused extends RuntimeException {

    public enum Reason {
        NOT_PERMITTED,
        WRONG_STATE,
        INVALID
    }

    private final Reason reason;
    private final String field;

    public TripRefused(Reason reason, String message) {
        this(reason, null, message);
    }

    public TripRefused(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
