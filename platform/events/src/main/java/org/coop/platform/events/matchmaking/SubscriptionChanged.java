package org.coop.platform.events.matchmaking;

import java.time.Instant;
import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * The whole current state of a standing subscription (the topic is compacted: the latest record
 * per subscription is its state). A cancelled subscription is followed by a tombstone (a record
 * with the same key and no value), so compaction forgets it.
 *
 * @param status ACTIVE, PAUSED or CANCELLED; only ACTIVE subscriptions are matched
 * @param minimumScore matches scoring below this are not suggested
 * @param dailyCap matches notified one by one per day; the rest go into a digest
 * @param pausedReason why the subscription was paused (e.g. its webhook kept failing)
 */
@EventType(name = "org.coop.matchmaking.SubscriptionChanged", topic = Topics.MATCHMAKING_SUBSCRIPTIONS)
public record SubscriptionChanged(
        String subscriptionId,
        String organizationId,
        String partnerKind,
        String country,
        String status,
        String name,
        MatchCriteria criteria,
        List<String> keywords,
        double minimumScore,
        int dailyCap,
        boolean webhook,
        String pausedReason,
        long revision,
        Instant changedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return subscriptionId;
    }
}
