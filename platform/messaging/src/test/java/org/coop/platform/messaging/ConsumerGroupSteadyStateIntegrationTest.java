package org.coop.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coop.platform.messaging.ProbeFixtures.newProbeId;
import static org.coop.platform.messaging.ProbeFixtures.noteRecord;
import static org.coop.platform.messaging.ProbeFixtures.sendRaw;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coop.platform.messaging.probe.ProbeApplication;
import org.coop.platform.messaging.probe.ProbeEffects;
import org.coop.platform.test.PlatformInfrastructure;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Once a service's consumers hold their partitions, traffic does not move them: no rebalance at
 * steady state (issue 10 saw WARN lines every minute that looked like rebalances). The binder's
 * own lag gauge, whose partition-less consumer caused those lines, is off.
 */
@SpringBootTest(classes = ProbeApplication.class)
@WithPlatformInfrastructure
class ConsumerGroupSteadyStateIntegrationTest {

    @Autowired
    ProbeEffects effects;
    @Autowired
    ConsumerRebalances rebalances;
    @Autowired
    MeterRegistry meters;

    @Test
    void aSteadyTrickleOfEventsCausesNoRebalance(PlatformInfrastructure infra) throws Exception {
        String probeId = newProbeId();
        String first = UUID.randomUUID().toString();
        sendRaw(infra.kafkaBootstrapServers(), List.of(noteRecord(first, probeId, 1, "first")));
        await().atMost(Duration.ofSeconds(60)).until(() -> effects.count(first) == 1);
        double before = rebalances.total();

        List<String> sent = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(12).toNanos();
        for (int n = 2; System.nanoTime() < end; n++) {
            String id = UUID.randomUUID().toString();
            sendRaw(infra.kafkaBootstrapServers(), List.of(noteRecord(id, probeId, n, "trickle")));
            sent.add(id);
            Thread.sleep(200);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> sent.stream().allMatch(id -> effects.count(id) == 1));

        assertThat(rebalances.total()).as("rebalances while the group was busy").isEqualTo(before);
        assertThat(meters.find("spring.cloud.stream.binder.kafka.offset").meters())
                .as("the binder's polling lag gauge").isEmpty();
    }
}
