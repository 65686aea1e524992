package org.coop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.node.ObjectNode;

/** Every event type of the catalog has a schema that its producer's payload satisfies. */
class EventContractTest {

    @Test
    void everyCatalogTypeHasASampleAndASchema() {
        Map<Class<? extends DomainEvent>, DomainEvent> samples = EventSamples.all();
        for (EventDescriptor descriptor : EventCatalog.descriptors()) {
            assertThat(samples).as("a sample of " + descriptor.type()).containsKey(descriptor.recordClass());
            assertThat(EventSchemas.hasSchema(descriptor.type())).as("schema of " + descriptor.type()).isTrue();
        }
    }

    @TestFactory
    List<DynamicTest> eachSampleValidatesAgainstItsSchema() {
        return EventSamples.all().values().stream()
                .map(sample -> DynamicTest.dynamicTest(EventDescriptor.of(sample).type(),
                        () -> assertThat(EventSchemas.violations(EventDescriptor.of(sample).type(),
                                EventJson.toBytes(sample))).isEmpty()))
                .toList();
    }

    @TestFactory
    List<DynamicTest> eachSchemaRejectsAPayloadMissingARequiredField() {
        return EventSamples.all().values().stream()
                .map(sample -> DynamicTest.dynamicTest(EventDescriptor.of(sample).type(), () -> {
                    ObjectNode json = (ObjectNode) EventJson.mapper().valueToTree(sample);
                    String first = json.propertyNames().iterator().next();
                    json.remove(first);
                    byte[] broken = EventJson.mapper().writeValueAsString(json).getBytes(StandardCharsets.UTF_8);
                    assertThat(EventSchemas.violations(EventDescriptor.of(sample).type(), broken))
                            .as("without " + first).isNotEmpty();
                }))
                .toList();
    }

    @Test
    void aConsumerReadsAPayloadWithFieldsAddedLaterInTheSameVersion() {
        byte[] newer = ("{\"proposalId\":\"p\",\"title\":\"t\",\"cooperationModel\":\"COLLEGE_COLLEGE\","
                + "\"parties\":[],\"concludedAt\":\"2026-11-23T08:30:00Z\",\"addedLater\":42}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(EventJson.fromBytes(newer, org.coop.platform.events.proposal.ProposalConcluded.class).proposalId())
                .isEqualTo("p");
    }

    @Test
    void aDraftedProposalInALanguageThePlatformDoesNotServeIsRefusedByItsSchema() {
        byte[] drafted = ("{\"proposalId\":\"p\",\"title\":\"t\",\"cooperationModel\":\"COLLEGE_COLLEGE\","
                + "\"parties\":[{\"organizationId\":\"a\",\"role\":\"COLLEGE\"},"
                + "{\"organizationId\":\"b\",\"role\":\"COLLEGE\"}],\"languages\":[\"zh\",\"fr\"],"
                + "\"draftedByOrganizationId\":\"a\",\"draftedAt\":\"2026-11-23T08:30:00Z\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(EventSchemas.violations("org.coop.proposal.ProposalDrafted.v1", drafted)).isNotEmpty();
    }

    @Test
    void aSignatureOutsideTheSigningOrderIsRefusedByItsSchema() {
        byte[] signed = ("{\"proposalId\":\"p\",\"organizationId\":\"a\",\"role\":\"COLLEGE\","
                + "\"signingPosition\":0,\"remaining\":1,\"version\":1,\"signedAt\":\"2026-11-23T08:30:00Z\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(EventSchemas.violations("org.coop.proposal.ProposalSigned.v1", signed)).isNotEmpty();
    }
}
