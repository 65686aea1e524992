package org.coop.platform.messaging;

import java.time.Instant;
import java.util.Map;

/**
 * One message on a service's dead-letter topic: where it came from, why it failed, what it
 * carried (abridged), and whether it was replayed.
 */
public record DeadLetter(
        int partition,
        long offset,
        Instant deadLetteredAt,
        String key,
        String originalTopic,
        Integer originalPartition,
        Long originalOffset,
        String eventId,
        String eventType,
        String error,
        String errorClass,
        String payload,
        boolean payloadTruncated,
        Map<String, String> headers,
        Replay replayed) {

    /** Who replayed the message, when, and to which topic. */
    public record Replay(String by, Instant at, String toTopic) {
    }
}
