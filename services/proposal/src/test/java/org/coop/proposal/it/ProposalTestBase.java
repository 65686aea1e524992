package org.coop.proposal.it;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coop.platform.events.CloudEventHeaders;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventDescriptor;
import org.coop.platform.events.EventEnvelope;
import org.coop.platform.events.EventJson;
import org.coop.platform.events.EventSchemas;
import org.coop.platform.events.Topics;
import org.coop.platform.test.KafkaTopicReader;
import org.coop.platform.test.KafkaTopicWriter;
import org.coop.platform.test.PlatformInfrastructure;
import org.coop.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The API client, fresh organizations for each test, and the broker and store as another service sees them. */
abstract class ProposalTestBase {

    @LocalServerPort
    int port;
    @Autowired
    ReactiveMongoTemplate mongo;

    ProposalApi api;
    People people;
    PlatformInfrastructure infra;

    @BeforeEach
    void setUp(TestTokens tokens, PlatformInfrastructure infra) {
        this.api = new ProposalApi(port);
        this.people = new People(tokens);
        this.infra = infra;
    }

    /** Publishes {@code event} as matchmaking would (CloudEvents headers), {@code copies} times under one event id. */
    void publish(DomainEvent event, String eventId, int copies) {
        EventDescriptor descriptor = EventDescriptor.of(event);
        byte[] data = EventJson.toBytes(event);
        EventSchemas.requireValid(descriptor.type(), data);
        EventEnvelope envelope = new EventEnvelope(eventId, descriptor.type(), EventEnvelope.sourceOf("matchmaking"),
                Instant.now(), event.aggregateId());
        KafkaTopicWriter.send(infra.kafkaBootstrapServers(), descriptor.topic(), event.aggregateId(), data,
                envelope.toHeaders(), copies);
    }

    void publish(DomainEvent event) {
        publish(event, UUID.randomUUID().toString(), 1);
    }

    /** The proposal service's events of one proposal and type, as the broker holds them. */
    List<ConsumerRecord<String, byte[]>> published(String proposalId, String type, int expected) {
        return KafkaTopicReader.readUntil(infra.kafkaBootstrapServers(), Topics.PROPOSAL_PROPOSALS,
                record -> proposalId.equals(record.key())
                        && ("org.coop.proposal." + type + ".v1").equals(KafkaTopicReader.header(record,
                        CloudEventHeaders.TYPE)), expected, Duration.ofSeconds(60));
    }

    long storedProposalsOf(String organizationId) {
        return mongo.count(Query.query(Criteria.where("proposal.partyOrganizationIds").is(organizationId)),
                "proposals").block();
    }

    long replicaEntries(String matchId) {
        return mongo.count(Query.query(Criteria.where("_id").is(matchId)), "accepted_matches").block();
    }
}
