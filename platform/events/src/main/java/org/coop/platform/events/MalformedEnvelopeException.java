package org.coop.platform.events;

/** A message whose CloudEvents attributes are missing or invalid; it cannot be handled, only dead-lettered. */
public class MalformedEnvelopeException extends RuntimeException {

    public MalformedEnvelopeException(String message) {
        super(message);
    }
}
