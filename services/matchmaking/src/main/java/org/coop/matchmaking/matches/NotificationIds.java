package org.coop.matchmaking.matches;

import java.time.Instant;

/**
 * Ids of live-stream events: {@code <epoch millis>-<matchId>-<sequence>}. The time in front lets
 * a reconnecting client's {@code Last-Event-ID} say from when to replay without a lookup.
 */
public final class NotificationIds {

    private NotificationIds() {
    }

    public static String of(Instant at, String matchId, int sequence) {
        return at.toEpochMilli() + "-" + matchId + "-" + sequence;
    }

    /** The time an id was written at, or null when the id is not one of ours. */
    public static Instant timeOf(String id) {
        if (id == null) {
            return null;
        }
        int dash = id.indexOf('-');
        if (dash <= 0) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(id.substring(0, dash)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
