package org.coop.localstack;

/** A reason the stack cannot start, written for the person who ran it. */
class StackException extends RuntimeException {

    StackException(String message) {
        super(message);
    }
}
