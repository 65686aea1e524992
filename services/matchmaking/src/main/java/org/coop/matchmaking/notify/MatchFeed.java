package org.coop.matchmaking.notify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coop.platform.events.CloudEventHeaders;
import org.coop.platform.events.EventJson;
import org.coop.platform.events.Topics;
import org.coop.platform.observability.EventTracing;
import tools.jackson.databind.JsonNode;

/**
 * This instance's subscription to the matches topic (no consumer group: every instance reads
 * everything) feeding the live streams connected here. It starts at the end of the topic: what
 * happened before a user connected is replayed from the store, not from Kafka.
 */
public class MatchFeed extends TopicFeed {

    private final Map<String, Object> kafka;
    private final SseHub hub;
    private final EventTracing tracing;

    public MatchFeed(Map<String, Object> kafka, SseHub hub, EventTracing tracing) {
        super(Duration.ofSeconds(30));
        this.kafka = kafka;
        this.hub = hub;
        this.tracing = tracing;
    }

    /** Each push to the streams is a span of the trace that wrote the match (its {@code traceparent}). */
    void handle(ConsumerRecord<String, byte[]> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        tracing.consume("matchmaking.match-feed", String.valueOf(type), String.valueOf(header(record,
                CloudEventHeaders.ID)), name -> header(record, name), () -> push(record, type));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void push(ConsumerRecord<String, byte[]> record, String type) {
        if (record.value() == null) {
            return;
        }
        String name = MatchEventTypes.name(type);
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
        return new TopicTail(kafka, Topics.MATCHMAKING_MATCHES, "matchmaking-match-feed",
                consumer -> Map.of(), this::handle);
    }
}
