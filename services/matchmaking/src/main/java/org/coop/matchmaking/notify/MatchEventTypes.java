package org.coop.matchmaking.notify;

import java.time.Instant;
import java.util.Map;
import org.coop.matchmaking.matches.NotificationIds;
import tools.jackson.databind.JsonNode;

/** The live-stream name of each match event type, and where its id and time are in its data. */
final class MatchEventTypes {

    private static final Map<String, String> NAMES = Map.of(
            "org.coop.matchmaking.MatchSuggested.v1", "match-suggested",
            "org.coop.matchmaking.MatchBrokered.v1", "match-brokered",
            "org.coop.matchmaking.MatchPartyAccepted.v1", "match-party-accepted",
            "org.coop.matchmaking.MatchAccepted.v1", "match-accepted",
            "org.coop.matchmaking.MatchDeclined.v1", "match-declined");

    private static final Map<String, String> TIME_FIELDS = Map.of(
            "match-suggested", "suggestedAt",
            "match-brokered", "brokeredAt",
            "match-party-accepted", "acceptedAt",
            "match-accepted", "acceptedAt",
            "match-declined", "declinedAt");

    private MatchEventTypes() {
    }

    /** The stream name of a CloudEvents type, or null for types the stream does not carry. */
    static String name(String cloudEventType) {
        return cloudEventType == null ? null : NAMES.get(cloudEventType);
    }

    static Instant time(String name, JsonNode data) {
        JsonNode at = data.get(TIME_FIELDS.get(name));
        return at == null || at.isNull() ? Instant.now() : Instant.parse(at.asString());
    }

    /** The id the same event has in the match's timeline; null when the event carries no sequence. */
    static String id(String name, JsonNode data) {
        JsonNode sequence = data.get("sequence");
        JsonNode matchId = data.get("matchId");
        if (sequence == null || sequence.isNull() || matchId == null) {
            return null;
        }
        return NotificationIds.of(time(name, data), matchId.asString(), sequence.asInt());
    }
}
