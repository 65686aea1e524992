package org.coop.matchmaking.notify;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;
import org.coop.matchmaking.matches.MatchDocument;
import org.coop.matchmaking.subscriptions.SubscriptionDocument;
import org.coop.matchmaking.subscriptions.SubscriptionService;
import org.coop.matchmaking.subscriptions.SubscriptionStatus;
import org.coop.platform.events.EventEnvelope;
import org.coop.platform.events.EventJson;
import org.coop.platform.events.matchmaking.MatchSuggested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends matches to subscriptions' webhooks: one by one as they are suggested, or, past the daily
 * cap, together in a periodic digest. A delivery that fails after every retry counts against the
 * subscription, which is paused (and its owner told) after {@code pauseAfter} failures in a row.
 */
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ReactiveMongoTemplate mongo;
    private final WebhookSender sender;
    private final SubscriptionService subscriptions;
    private final int pauseAfter;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();

    public WebhookDispatcher(ReactiveMongoTemplate mongo, WebhookSender sender, SubscriptionService subscriptions,
                             int pauseAfter, Clock clock) {
        this.mongo = mongo;
        this.sender = sender;
        this.subscriptions = subscriptions;
        this.pauseAfter = pauseAfter;
        this.clock = clock;
    }

    /**
     * Whether a MatchSuggested may need a delivery: its subscription exists, is active and has a
     * webhook. Most subscriptions have none (their owners read the stream), so the consumer asks
     * this first and skips the inbox's writes for the others (docs/matchmaking.md, "Speed").
     */
    public boolean mayDeliver(MatchSuggested event) {
        return event.subscriptionId() != null
                && Boolean.TRUE.equals(subscriptions.hasActiveWebhook(event.subscriptionId()).block(TIMEOUT));
    }

    /** Handles one MatchSuggested from the matches topic (at most once per event: the inbox). */
    public void onSuggested(MatchSuggested event, EventEnvelope envelope) {
        if (event.subscriptionId() == null) {
            return;
        }
        SubscriptionDocument subscription = mongo.findById(event.subscriptionId(), SubscriptionDocument.class)
                .block(TIMEOUT);
        if (subscription == null || subscription.webhook == null || subscription.status != SubscriptionStatus.ACTIVE) {
            return;
        }
        if (event.digest()) {
            mongo.save(new Document("_id", event.matchId()).append("subscriptionId", subscription.id)
                    .append("createdAt", java.util.Date.from(clock.instant())), "digest_queue").block(TIMEOUT);
            return;
        }
        WebhookSender.Result result = sender.deliver(subscription, envelope.id(), "match-suggested", event.matchId(),
                EventJson.toBytes(event));
        subscriptions.recordDelivery(subscription.id, result.delivered(), pauseAfter, result.error()).block(TIMEOUT);
    }

    /**
     * Sends each subscription's waiting digest matches in one body. Entries are claimed atomically
     * (one instance sends each), and a claim older than ten minutes (a crash) is taken again.
     */
    @Scheduled(fixedDelayString = "${matchmaking.digest.interval:1h}", initialDelayString = "${matchmaking.digest.interval:1h}")
    public void sendDigests() {
        String claim = instance + "/" + UUID.randomUUID();
        java.util.Date now = java.util.Date.from(clock.instant());
        java.util.Date stale = java.util.Date.from(clock.instant().minus(Duration.ofMinutes(10)));
        mongo.updateMulti(Query.query(new Criteria().andOperator(Criteria.where("sentAt").is(null),
                                new Criteria().orOperator(Criteria.where("claim").is(null),
                                        Criteria.where("claimedAt").lt(stale)))),
                        new Update().set("claim", claim).set("claimedAt", now), "digest_queue")
                .block(TIMEOUT);
        List<Document> entries = mongo.find(Query.query(Criteria.where("claim").is(claim)), Document.class,
                "digest_queue").collectList().block(TIMEOUT);
        if (entries == null || entries.isEmpty()) {
            return;
        }
        Map<String, List<String>> bySubscription = entries.stream().collect(Collectors.groupingBy(
                e -> e.getString("subscriptionId"), Collectors.mapping(e -> e.getString("_id"), Collectors.toList())));
        bySubscription.forEach((subscriptionId, matchIds) -> {
            try {
                sendDigest(subscriptionId, matchIds);
            } catch (RuntimeException e) {
                log.warn("Digest of subscription {} failed: {}", subscriptionId, e.toString());
            }
        });
    }

    private void sendDigest(String subscriptionId, List<String> matchIds) {
        SubscriptionDocument subscription = mongo.findById(subscriptionId, SubscriptionDocument.class).block(TIMEOUT);
        List<MatchDocument> matches = mongo.find(Query.query(Criteria.where("_id").in(matchIds)), MatchDocument.class)
                .collectList().block(TIMEOUT);
        if (subscription != null && subscription.webhook != null && subscription.status == SubscriptionStatus.ACTIVE
                && matches != null && !matches.isEmpty()) {
            Digest digest = new Digest(subscriptionId, matches.stream().map(m -> new Digest.Item(m.id, m.needId,
                    m.needTitle, m.score, m.reasons.stream().map(MatchDocument.ReasonEntry::text).toList())).toList());
            byte[] body = EventJson.mapper().writeValueAsString(digest).getBytes(StandardCharsets.UTF_8);
            WebhookSender.Result result = sender.deliver(subscription, "digest-" + UUID.randomUUID(), "match-digest",
                    null, body);
            subscriptions.recordDelivery(subscriptionId, result.delivered(), pauseAfter, result.error()).block(TIMEOUT);
        }
        mongo.updateMulti(Query.query(Criteria.where("_id").in(matchIds)),
                new Update().set("sentAt", java.util.Date.from(clock.instant())), "digest_queue").block(TIMEOUT);
    }

    /** The body of a digest: the matches held back by the daily cap. */
    public record Digest(String subscriptionId, List<Item> matches) {
        /** One held-back match. */
        public record Item(String matchId, String needId, Map<String, String> needTitle, double score,
                           List<String> reasons) {
        }
    }
}
