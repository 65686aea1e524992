package org.coop.matchmaking.notify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coop.platform.events.CloudEventHeaders;
import org.coop.platform.events.EventJson;
import org.coop.platform.events.Topics;
import tools.jackson.databind.JsonNode;

/**
 * This instance's subscription to the matches topic (no consumer group: every instance reads
 * everything) feeding the live streams connected here. It starts at the end of the topic: what
 * happened before a user connected is replayed from the store, not from Kafka.
 */
public class MatchFeed extends TopicFeed {

    private final String bootstrapServers;
    private final SseHub hub;

    public MatchFeed(String bootstrapServers, SseHub hub) {
        super(Duration.ofSeconds(30));
        this.bootstrapServers = bootstrapServers;
        this.hub = hub;
    }

    void handle(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        var typeHeader = record.headers().lastHeader(CloudEventHeaders.TYPE);
        String name = MatchEventTypes.name(typeHeader == null ? null
                : new String(typeHeader.value(), StandardCharsets.UTF_8));
        if (name == null) {
            return;
        }
        JsonNode data = EventJson.mapper().readTree(record.value());
        Audience audience = Audience.of(name, data);
        hub.publish(new Notification(MatchEventTypes.id(name, data), name, MatchEventTypes.time(name, data),
                new String(record.value(), StandardCharsets.UTF_8)), audience.organizations(), audience.province());
    }

    @Override
    TopicTail tail() {
        return new TopicTail(bootstrapServers, Topics.MATCHMAKING_MATCHES, "matchmaking-match-feed",
                consumer -> Map.of(), this::handle);
    }
}
