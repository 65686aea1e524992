package org.coop.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coop.platform.messaging.ProbeFixtures.newProbeId;
import static org.coop.platform.messaging.ProbeFixtures.noteRecord;
import static org.coop.platform.messaging.ProbeFixtures.sendRaw;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.coop.platform.messaging.probe.ProbeApplication;
import org.coop.platform.messaging.probe.ProbeEffects;
import org.coop.platform.test.PlatformInfrastructure;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * An event whose inbox record is IN_PROGRESS when it comes again: taken over at once when its
 * holder crashed (no heartbeat), waited for when its holder lives (and not run a second time).
 */
@SpringBootTest(classes = ProbeApplication.class)
@WithPlatformInfrastructure
class InboxTakeoverIntegrationTest {

    private static final String CONSUMER = "messaging-probe.probe-effects";

    @Autowired
    ProbeEffects effects;
    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void anEventHeldByAnInstanceThatCrashedIsHandledAtOnceWhenItComesAgain(PlatformInfrastructure infra)
            throws Exception {
        String probeId = newProbeId();
        String eventId = UUID.randomUUID().toString();
        // the crashed instance claimed it a moment ago (lease running) and beat last a minute ago
        holdInProgress(eventId, "crashed-" + UUID.randomUUID(), Instant.now().minusSeconds(60));

        long sent = System.nanoTime();
        sendRaw(infra.kafkaBootstrapServers(), List.of(noteRecord(eventId, probeId, 1, "after-the-crash")));

        await().atMost(Duration.ofSeconds(60)).until(() -> effects.count(eventId) == 1);
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("well before the dead holder's lease ends")
                .isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void anEventHeldByALiveInstanceIsWaitedForAndNotRunTwice(PlatformInfrastructure infra) throws Exception {
        String probeId = newProbeId();
        String eventId = UUID.randomUUID().toString();
        String markerId = UUID.randomUUID().toString();
        holdInProgress(eventId, "alive-" + UUID.randomUUID(), Instant.now().plusSeconds(3600));

        sendRaw(infra.kafkaBootstrapServers(), List.of(noteRecord(eventId, probeId, 1, "held"),
                noteRecord(markerId, probeId, 2, "behind")));
        Thread.sleep(3000);
        assertThat(effects.count(eventId)).as("while its live holder works on it").isZero();

        // the live holder finishes
        mongo.updateFirst(Query.query(Criteria.where("_id").is(CONSUMER + "/" + eventId)),
                new Update().set("status", "DONE"), Inbox.COLLECTION).block();

        await().atMost(Duration.ofSeconds(60)).until(() -> effects.count(markerId) == 1);
        assertThat(effects.count(eventId)).as("the holder's effect is not repeated").isZero();
    }

    private void holdInProgress(String eventId, String holder, Instant holderBeatAt) {
        mongo.insert(new Document("_id", CONSUMER + "/" + eventId).append("consumer", CONSUMER)
                .append("eventId", eventId).append("type", "org.coop.platform.ProbeNoted.v1")
                .append("status", "IN_PROGRESS").append("holder", holder)
                .append("receivedAt", new Date())
                .append("leaseUntil", Date.from(Instant.now().plus(Duration.ofMinutes(2)))), Inbox.COLLECTION).block();
        mongo.insert(new Document("_id", holder).append("beatAt", Date.from(holderBeatAt)), Inbox.HOLDERS).block();
    }
}
