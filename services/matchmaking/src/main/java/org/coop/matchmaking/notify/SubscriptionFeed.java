package org.coop.matchmaking.notify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.coop.matchmaking.matching.application.Profiles;
import org.coop.matchmaking.matching.domain.SubscriptionIndex;
import org.coop.matchmaking.subscriptions.SubscriptionDocument;
import org.coop.matchmaking.subscriptions.SubscriptionService;
import org.coop.matchmaking.subscriptions.SubscriptionStatus;
import org.coop.platform.events.EventJson;
import org.coop.platform.events.Topics;
import org.coop.platform.events.matchmaking.SubscriptionChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Keeps this instance's {@link SubscriptionIndex} equal to the active subscriptions. At start it
 * notes the end of the compacted subscriptions topic, loads every active subscription from the
 * store, then applies the topic from the noted offsets on: a change written while the store was
 * read is in the topic after those offsets, so none is missed; revisions keep an older state from
 * overwriting a newer one. A tombstone or a non-active state removes the subscription. A pause
 * caused by failing webhooks is told to the owner's live streams.
 */
public class SubscriptionFeed extends TopicFeed {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionFeed.class);

    private final Map<String, Object> kafka;
    private final ReactiveMongoTemplate mongo;
    private final SubscriptionIndex index;
    private final SseHub hub;
    private final Map<String, Long> revisions = new ConcurrentHashMap<>();

    public SubscriptionFeed(Map<String, Object> kafka, ReactiveMongoTemplate mongo, SubscriptionIndex index,
                            SseHub hub) {
        super(Duration.ofMinutes(2));
        this.kafka = kafka;
        this.mongo = mongo;
        this.index = index;
        this.hub = hub;
    }

    private Map<TopicPartition, Long> loadThenStartAt(org.apache.kafka.clients.consumer.KafkaConsumer<String, byte[]> consumer) {
        Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(consumer.assignment(),
                Duration.ofSeconds(30)));
        long started = System.nanoTime();
        List<SubscriptionDocument> active = mongo.find(Query.query(Criteria.where("status")
                .is(SubscriptionStatus.ACTIVE)), SubscriptionDocument.class).collectList().block(Duration.ofMinutes(2));
        for (SubscriptionDocument subscription : active == null ? List.<SubscriptionDocument>of() : active) {
            apply(SubscriptionService.changed(subscription, subscription.updatedAt));
        }
        log.info("Subscription index rebuilt from the store: {} active in {} ms; following the topic from {}",
                index.size(), (System.nanoTime() - started) / 1_000_000, ends);
        return ends;
    }

    void handle(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            index.remove(record.key());
            revisions.remove(record.key());
            return;
        }
        SubscriptionChanged changed = EventJson.fromBytes(record.value(), SubscriptionChanged.class);
        boolean applied = apply(changed);
        if (applied && "PAUSED".equals(changed.status()) && changed.pausedReason() != null
                && changed.pausedReason().startsWith("webhook")) {
            hub.publish(new Notification(null, "subscription-paused", changed.changedAt(),
                    new String(record.value(), StandardCharsets.UTF_8)), Set.of(changed.organizationId()), null);
        }
    }

    private boolean apply(SubscriptionChanged changed) {
        Long known = revisions.get(changed.subscriptionId());
        if (known != null && known > changed.revision()) {
            return false;
        }
        revisions.put(changed.subscriptionId(), changed.revision());
        if ("ACTIVE".equals(changed.status())) {
            index.put(Profiles.of(changed));
        } else {
            index.remove(changed.subscriptionId());
        }
        return true;
    }

    @Override
    TopicTail tail() {
        return new TopicTail(kafka, Topics.MATCHMAKING_SUBSCRIPTIONS, "matchmaking-subscription-feed",
                this::loadThenStartAt, this::handle);
    }

    /** Before the stream bindings, so needs are matched against a loaded index. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2000;
    }
}
