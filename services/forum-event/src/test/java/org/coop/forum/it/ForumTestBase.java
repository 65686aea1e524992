package org.coop.forum.it;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coop.platform.events.CloudEventHeaders;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventDescriptor;
import org.coop.platform.events.EventEnvelope;
import org.coop.platform.events.EventJson;
import org.coop.platform.events.EventSchemas;
import org.coop.platform.test.KafkaTopicReader;
import org.coop.platform.test.KafkaTopicWriter;
import org.coop.platform.test.PlatformInfrastructure;
import org.coop.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API client, fresh people for each test, and the broker as other services see it. */
abstract class ForumTestBase {

    @LocalServerPort
    int port;

    ForumApi api;
    People people;

    @BeforeEach
    void setUpPeople(TestTokens tokens) {
        api = new ForumApi(port);
        people = new People(tokens);
    }

    /** Publishes a hand-made event of another service (checked against its schema) {@code copies} times under one id. */
    static void publish(PlatformInfrastructure infra, DomainEvent event, String eventId, int copies) {
        EventDescriptor descriptor = EventDescriptor.of(event);
        byte[] data = EventJson.toBytes(event);
        EventSchemas.requireValid(descriptor.type(), data);
        Map<String, String> headers = new EventEnvelope(eventId, descriptor.type(), "/coop/test-producer",
                java.time.Instant.now(), event.aggregateId()).toHeaders();
        KafkaTopicWriter.send(infra.kafkaBootstrapServers(), descriptor.topic(), event.aggregateId(), data, headers,
                copies);
    }

    /** The forum's records of {@code type} (e.g. RegistrationPromoted) on {@code topic}, waiting for {@code expected}. */
    static List<ConsumerRecord<String, byte[]>> forumEvents(PlatformInfrastructure infra, String topic, String forumId,
                                                            String type, int expected) {
        return KafkaTopicReader.readUntil(infra.kafkaBootstrapServers(), topic,
                record -> forumId.equals(record.key())
                        && ("org.coop.forum." + type + ".v1").equals(KafkaTopicReader.header(record, CloudEventHeaders.TYPE)),
                expected, Duration.ofSeconds(30));
    }
}
