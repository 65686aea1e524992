package org.coop.matchmaking.notify;

import java.time.Instant;

/**
 * One live-stream event.
 *
 * @param id the SSE id ({@code <epoch millis>-<matchId>-<sequence>}), null for events not replayable
 * @param type the SSE event name, e.g. {@code match-suggested}
 * @param data the JSON sent as the SSE data
 */
public record Notification(String id, String type, Instant at, String data) {
}
