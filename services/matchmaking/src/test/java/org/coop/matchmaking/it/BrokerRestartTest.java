package org.coop.matchmaking.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coop.matchmaking.matching.domain.SubscriptionIndex;
import org.coop.platform.events.CloudEventHeaders;
import org.coop.platform.events.Topics;
import org.coop.platform.test.KafkaTopicReader;
import org.coop.platform.test.PlatformInfrastructure;
import org.coop.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The broker stops in the middle of a burst of needs and comes back: every need is still matched. */
@MatchmakingIntegrationTest
class BrokerRestartTest {

    @LocalServerPort
    int port;
    @Autowired
    SubscriptionIndex index;

    @Test
    void aBrokerRestartInTheMiddleOfABurstOfNeedsLosesNoMatch(TestTokens tokens, PlatformInfrastructure infra) {
        Api enterprise = Api.as(port, Api.enterprise(tokens, Api.org("kuala-lumpur-logistics")));
        Api college = Api.as(port, Api.college(tokens, Api.org("nanning-logistics-college")));
        Map<String, Object> subscription = enterprise.created("/subscriptions", Bodies.with(Bodies.with(
                Bodies.subscription("Logistics trainees", List.of()), "sectors", List.of("logistics")),
                "countries", List.of("MY")));
        await().atMost(Duration.ofSeconds(60)).until(() -> index.contains((String) subscription.get("id")));
        Map<String, Object> need = Bodies.with(Bodies.with(Bodies.need("Cross-border logistics trainees"),
                "sectors", List.of("cross-border-logistics")), "countries", List.of("MY"));

        List<String> needIds = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            needIds.add((String) college.created("/needs", need).get("id"));
        }
        infra.stopKafka();
        try {
            // the store takes the needs while the broker is away; their events wait in the outbox
            for (int i = 0; i < 8; i++) {
                needIds.add((String) college.created("/needs", need).get("id"));
            }
        } finally {
            infra.startKafka();
        }
        for (int i = 0; i < 8; i++) {
            needIds.add((String) college.created("/needs", need).get("id"));
        }

        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(2)).until(() ->
                ((Number) enterprise.ok(enterprise.get("/matches?size=100")).get("total")).intValue() == 24);
        Set<String> keys = Set.copyOf(needIds);
        List<ConsumerRecord<String, byte[]>> suggested = KafkaTopicReader.readUntil(infra.kafkaBootstrapServers(),
                Topics.MATCHMAKING_MATCHES, record -> keys.contains(record.key())
                        && "org.coop.matchmaking.MatchSuggested.v1".equals(
                        KafkaTopicReader.header(record, CloudEventHeaders.TYPE))
                        && new String(record.value()).contains((String) subscription.get("id")),
                24, Duration.ofSeconds(60));
        assertThat(suggested.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).isEqualTo(keys);
    }
}
