package org.coop.matchmaking.subscriptions;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Set;
import org.coop.matchmaking.common.PageView;
import org.coop.matchmaking.common.Pages;
import org.coop.matchmaking.common.Paging;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Mono;

/**
 * Every webhook attempt, per subscription: when, what, the answer, how long it took; and counted
 * as {@code matchmaking.webhook.attempts{outcome}} (DELIVERED, FAILED, GAVE_UP, REFUSED).
 */
public class DeliveryLog {

    public static final Set<String> SORTABLE = Set.of("at");
    public static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "at").and(Sort.by("_id"));

    private final ReactiveMongoTemplate mongo;
    private final MeterRegistry meters;

    public DeliveryLog(ReactiveMongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.meters = meters;
    }

    public Mono<Attempt> record(Attempt attempt) {
        return mongo.save(attempt).doOnSuccess(saved -> meters.counter("matchmaking.webhook.attempts",
                "outcome", attempt.outcome()).increment());
    }

    public Mono<PageView<Attempt>> of(String subscriptionId, Paging paging) {
        return Pages.find(mongo, Query.query(Criteria.where("subscriptionId").is(subscriptionId)), paging,
                Attempt.class, attempt -> attempt);
    }

    /**
     * One attempt.
     *
     * @param id {@code <deliveryId>:<attempt>}
     * @param deliveryId the event id (the same on every attempt: receivers deduplicate by it)
     * @param outcome DELIVERED, FAILED (will retry), GAVE_UP or REFUSED (target not allowed)
     */
    @Document("webhook_deliveries")
    public record Attempt(@Id String id, String subscriptionId, String deliveryId, String event, String matchId,
                          int attempt, String outcome, Integer httpStatus, String error, long durationMs,
                          Instant at) {
    }
}
