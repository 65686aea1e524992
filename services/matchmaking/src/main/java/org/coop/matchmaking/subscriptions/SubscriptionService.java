package org.coop.matchmaking.subscriptions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coop.matchmaking.common.Lookups;
import org.coop.matchmaking.common.Callers;
import org.coop.matchmaking.common.CodeCheck;
import org.coop.matchmaking.common.PageView;
import org.coop.matchmaking.common.Pages;
import org.coop.matchmaking.common.Paging;
import org.coop.matchmaking.vocabulary.domain.Vocabulary;
import org.coop.platform.events.matchmaking.MatchCriteria;
import org.coop.platform.events.matchmaking.SubscriptionChanged;
import org.coop.platform.messaging.AggregateWriter;
import org.coop.platform.security.Access;
import org.coop.platform.security.PlatformPrincipal;
import org.coop.platform.security.PlatformRole;
import org.coop.platform.web.ConflictException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Use cases of subscriptions. Each change publishes the whole new state
 * ({@link SubscriptionChanged}); only the owning organization sees or changes a subscription.
 */
@Service
public class SubscriptionService {

    static final Set<String> SORTABLE = Set.of("createdAt", "updatedAt", "name");
    static final Sort DEFAULT_SORT = Pages.NEWEST_FIRST;
    static final double DEFAULT_MINIMUM_SCORE = 0.5;
    static final int DEFAULT_DAILY_CAP = 50;

    private final ReactiveMongoTemplate mongo;
    private final AggregateWriter writer;
    private final Vocabulary vocabulary;
    private final WebhookTargetPolicy targets;
    private final Clock clock;

    public SubscriptionService(ReactiveMongoTemplate mongo, AggregateWriter writer, Vocabulary vocabulary,
                               WebhookTargetPolicy targets, Clock clock) {
        this.mongo = mongo;
        this.writer = writer;
        this.vocabulary = vocabulary;
        this.targets = targets;
        this.clock = clock;
    }

    public Mono<SubscriptionView> create(PlatformPrincipal caller, SubscriptionRequest request) {
        Access.requireAnyRole(caller, PlatformRole.ENTERPRISE, PlatformRole.INSTITUTION);
        return validate(request).then(Mono.defer(() -> {
            Instant now = clock.instant();
            SubscriptionDocument subscription = new SubscriptionDocument();
            subscription.id = UUID.randomUUID().toString();
            subscription.organizationId = caller.organizationId();
            subscription.partnerKind = Callers.partnerKind(caller).name();
            subscription.country = caller.country();
            subscription.ownerUserId = caller.userId();
            subscription.createdAt = now;
            subscription.status = SubscriptionStatus.ACTIVE;
            subscription.revision = 1;
            apply(subscription, request, now);
            return writer.insert(subscription, List.of(changed(subscription, now)));
        })).map(SubscriptionView::of);
    }

    public Mono<SubscriptionView> revise(PlatformPrincipal caller, String id, SubscriptionRequest request) {
        Access.requireAnyRole(caller, PlatformRole.ENTERPRISE, PlatformRole.INSTITUTION);
        return validate(request).then(owned(caller, id)).flatMap(subscription -> {
            requireNotCancelled(subscription);
            Instant now = clock.instant();
            apply(subscription, request, now);
            subscription.revision++;
            return writer.update(subscription, List.of(changed(subscription, now)));
        }).map(SubscriptionView::of);
    }

    public Mono<SubscriptionView> pause(PlatformPrincipal caller, String id) {
        return transition(caller, id, SubscriptionStatus.PAUSED, "paused by its owner");
    }

    public Mono<SubscriptionView> resume(PlatformPrincipal caller, String id) {
        return transition(caller, id, SubscriptionStatus.ACTIVE, null);
    }

    public Mono<SubscriptionView> cancel(PlatformPrincipal caller, String id) {
        return transition(caller, id, SubscriptionStatus.CANCELLED, null);
    }

    private Mono<SubscriptionView> transition(PlatformPrincipal caller, String id, SubscriptionStatus to,
                                              String reason) {
        Access.requireAnyRole(caller, PlatformRole.ENTERPRISE, PlatformRole.INSTITUTION);
        return owned(caller, id).flatMap(subscription -> {
            requireNotCancelled(subscription);
            if (subscription.status == to) {
                return Mono.just(subscription);
            }
            Instant now = clock.instant();
            subscription.status = to;
            subscription.pausedReason = reason;
            if (to == SubscriptionStatus.ACTIVE) {
                subscription.consecutiveFailures = 0;
            }
            subscription.revision++;
            subscription.updatedAt = now;
            return writer.update(subscription, List.of(changed(subscription, now)));
        }).map(SubscriptionView::of);
    }

    /**
     * Records the outcome of a webhook delivery: a success resets the failure count; a failure
     * counts, and the subscription is paused (its owner told through the live stream) at the limit.
     */
    public Mono<SubscriptionDocument> recordDelivery(String id, boolean succeeded, int pauseAfter, String error) {
        return mongo.findById(id, SubscriptionDocument.class).flatMap(subscription -> {
            if (succeeded) {
                if (subscription.consecutiveFailures == 0) {
                    return Mono.just(subscription);
                }
                subscription.consecutiveFailures = 0;
                return writer.update(subscription, List.of());
            }
            subscription.consecutiveFailures++;
            if (subscription.consecutiveFailures >= pauseAfter && subscription.status == SubscriptionStatus.ACTIVE) {
                Instant now = clock.instant();
                subscription.status = SubscriptionStatus.PAUSED;
                subscription.pausedReason = "webhook failed " + subscription.consecutiveFailures
                        + " deliveries in a row; last error: " + error;
                subscription.revision++;
                subscription.updatedAt = now;
                return writer.update(subscription, List.of(changed(subscription, now)));
            }
            return writer.update(subscription, List.of());
        });
    }

    public Mono<SubscriptionView> get(PlatformPrincipal caller, String id) {
        return owned(caller, id).map(SubscriptionView::of);
    }

    public Mono<PageView<SubscriptionView>> list(PlatformPrincipal caller, Paging paging) {
        return Pages.find(mongo, Query.query(Criteria.where("organizationId").is(caller.organizationId())), paging,
                SubscriptionDocument.class, SubscriptionView::of);
    }

    public Mono<SubscriptionDocument> owned(PlatformPrincipal caller, String id) {
        return Lookups.findUsable(mongo, SubscriptionDocument.class, "subscription", id,
                subscription -> caller.belongsTo(subscription.organizationId));
    }

    private static void requireNotCancelled(SubscriptionDocument subscription) {
        if (subscription.status == SubscriptionStatus.CANCELLED) {
            throw new ConflictException("The subscription is cancelled (subscription " + subscription.id + ")");
        }
    }

    private Mono<Void> validate(SubscriptionRequest request) {
        CodeCheck check = new CodeCheck(vocabulary)
                .check("modes", Vocabulary.Kind.MODE, request.modes())
                .check("sectors", Vocabulary.Kind.SECTOR, request.sectors())
                .check("countries", Vocabulary.Kind.COUNTRY, request.countries())
                .check("languages", Vocabulary.Kind.LANGUAGE, request.languages());
        SubscriptionRequest.WebhookRequest webhook = request.channels() == null ? null : request.channels().webhook();
        if (webhook == null) {
            check.throwIfInvalid();
            return Mono.empty();
        }
        // resolving the webhook's host may block on DNS: not on the event loop
        return Mono.fromRunnable(() -> check.rule(targets.refusal(webhook.url()).isPresent(), "channels.webhook.url",
                        targets.refusal(webhook.url()).orElse(""), "WebhookTarget").throwIfInvalid())
                .subscribeOn(Schedulers.boundedElastic()).then();
    }

    private static void apply(SubscriptionDocument subscription, SubscriptionRequest request, Instant now) {
        subscription.name = request.name();
        subscription.modes = orEmpty(request.modes());
        subscription.sectors = orEmpty(request.sectors());
        subscription.countries = orEmpty(request.countries());
        subscription.languages = orEmpty(request.languages());
        subscription.keywords = orEmpty(request.keywords());
        subscription.minimumScore = request.minimumScore() == null ? DEFAULT_MINIMUM_SCORE : request.minimumScore();
        subscription.sse = request.channels() == null || !Boolean.FALSE.equals(request.channels().sse());
        SubscriptionRequest.WebhookRequest webhook = request.channels() == null ? null : request.channels().webhook();
        subscription.webhook = webhook == null ? null : new SubscriptionDocument.Webhook(webhook.url(), webhook.secret());
        subscription.dailyCap = request.dailyCap() == null ? DEFAULT_DAILY_CAP : request.dailyCap();
        subscription.contact = request.contact();
        subscription.updatedAt = now;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }

    public static SubscriptionChanged changed(SubscriptionDocument s, Instant now) {
        return new SubscriptionChanged(s.id, s.organizationId, s.partnerKind, s.country, s.status.name(), s.name,
                new MatchCriteria(s.modes, s.sectors, s.countries, s.languages), s.keywords, s.minimumScore,
                s.dailyCap, s.webhook != null, s.pausedReason, s.revision, now);
    }

    /** Whether the subscription is active and has a webhook to deliver to (one indexed read). */
    public Mono<Boolean> hasActiveWebhook(String subscriptionId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(subscriptionId)
                .and("status").is(SubscriptionStatus.ACTIVE).and("webhook").ne(null)), SubscriptionDocument.class);
    }
}
