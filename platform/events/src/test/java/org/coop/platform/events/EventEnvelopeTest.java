package org.coop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coop.platform.events.proposal.ProposalConcluded;
import org.junit.jupiter.api.Test;

class EventEnvelopeTest {

    private final ProposalConcluded event = new ProposalConcluded("proposal-7", null, null, "MOU", "COLLEGE_COLLEGE",
            List.of(), Instant.parse("2026-11-23T08:30:00Z"));

    @Test
    void anEnvelopeNamesTheVersionedTypeTheServiceAndTheAggregate() {
        EventEnvelope envelope = EventEnvelope.create(event, "proposal", Instant.parse("2026-11-23T09:00:00Z"));

        assertThat(envelope.type()).isEqualTo("org.coop.proposal.ProposalConcluded.v1");
        assertThat(envelope.source()).isEqualTo("/coop/proposal");
        assertThat(envelope.subject()).isEqualTo("proposal-7");
        assertThat(envelope.key()).isEqualTo("proposal-7");
    }

    @Test
    void headersCarryEveryCloudEventsAttributeAndReadBackUnchanged() {
        EventEnvelope envelope = EventEnvelope.create(event, "proposal", Instant.parse("2026-11-23T09:00:00Z"));
        Map<String, String> headers = envelope.toHeaders();

        assertThat(headers).containsKeys("ce_id", "ce_type", "ce_source", "ce_specversion", "ce_time", "ce_subject")
                .containsEntry("ce_specversion", "1.0").containsEntry("content-type", "application/json");
        assertThat(EventEnvelope.fromHeaders(headers::get)).isEqualTo(envelope);
    }

    @Test
    void theTraceTheEventWasRecordedInTravelsAsTheW3cTraceparentHeader() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        EventEnvelope traced = EventEnvelope.create(event, "proposal", Instant.parse("2026-11-23T09:00:00Z"))
                .withTraceparent(traceparent);

        assertThat(traced.toHeaders()).containsEntry("traceparent", traceparent);
        assertThat(EventEnvelope.fromHeaders(traced.toHeaders()::get)).isEqualTo(traced);
        assertThat(EventEnvelope.create(event, "proposal", Instant.now()).toHeaders()).doesNotContainKey("traceparent");
    }

    @Test
    void aMissingOrUnreadableAttributeMakesTheMessagePoison() {
        Map<String, String> headers = new HashMap<>(EventEnvelope.create(event, "proposal", Instant.now()).toHeaders());
        headers.remove("ce_id");
        assertThatThrownBy(() -> EventEnvelope.fromHeaders(headers::get))
                .isInstanceOf(MalformedEnvelopeException.class).hasMessageContaining("ce_id");

        headers.put("ce_id", "x");
        headers.put("ce_time", "yesterday");
        assertThatThrownBy(() -> EventEnvelope.fromHeaders(headers::get))
                .isInstanceOf(MalformedEnvelopeException.class).hasMessageContaining("ce_time");

        headers.put("ce_time", Instant.now().toString());
        headers.put("ce_specversion", "0.3");
        assertThatThrownBy(() -> EventEnvelope.fromHeaders(headers::get))
                .isInstanceOf(MalformedEnvelopeException.class).hasMessageContaining("ce_specversion");
    }

    @Test
    void eventDataIsIsoTimedAndLeavesOutAbsentValues() {
        String json = EventJson.toJson(event);
        assertThat(json).contains("\"concludedAt\":\"2026-11-23T08:30:00Z\"").doesNotContain("matchId")
                .doesNotContain("null");
    }

    @Test
    void aClassWithoutAnEventTypeOrAnUnknownTopicIsRefused() {
        record Unnamed(String id) implements DomainEvent {
            @Override
            public String aggregateId() {
                return id;
            }
        }
        assertThatThrownBy(() -> EventDescriptor.of(Unnamed.class)).hasMessageContaining("@EventType");
    }
}
