package org.coop.matchmaking.matching.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.coop.matchmaking.common.Lookups;
import org.coop.matchmaking.matches.MatchBroker;
import org.coop.matchmaking.matches.MatchDocument;
import org.coop.matchmaking.matches.MatchService;
import org.coop.matchmaking.matches.MatchStatus;
import org.coop.matchmaking.matching.domain.MatchEngine;
import org.coop.matchmaking.matching.domain.NeedProfile;
import org.coop.matchmaking.matching.domain.PartnerProfile;
import org.coop.matchmaking.matching.domain.ScoredMatch;
import org.coop.matchmaking.matching.domain.SubscriptionIndex;
import org.coop.matchmaking.needs.NeedDocument;
import org.coop.matchmaking.needs.NeedStatus;
import org.coop.matchmaking.offers.OfferDocument;
import org.coop.matchmaking.offers.OfferStatus;
import org.coop.matchmaking.subscriptions.SubscriptionDocument;
import org.coop.matchmaking.subscriptions.SubscriptionService;
import org.coop.matchmaking.subscriptions.SubscriptionStatus;
import org.coop.platform.events.CooperationModel;
import org.coop.platform.events.matchmaking.MatchBrokered;
import org.coop.platform.events.matchmaking.MatchReason;
import org.coop.platform.events.matchmaking.MatchSuggested;
import org.coop.platform.messaging.AggregateWriter;
import org.coop.platform.messaging.JournalWaived;
import org.coop.platform.security.Access;
import org.coop.platform.security.PlatformPrincipal;
import org.coop.platform.security.PlatformRole;
import org.coop.platform.web.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs the engine when something matchable appears and stores what it finds as suggested
 * matches. A new or revised need is matched against the subscription index and the open offers;
 * a new offer or an activated subscription against the open needs. Match ids are derived from
 * the pair, so matching the same pair twice (a redelivered event, a revision) stores one match.
 */
@Service
public class MatchingService implements MatchBroker {

    static final String DAILY_COUNTERS = "subscription_daily";
    /**
     * Matches of one need (or offer, or subscription) stored at once. Each is its own document and
     * its own durable write; written one after another, a need with 30 matches waited for 60
     * fsyncs in a row (docs/matchmaking.md, "What each stage costs"). Written together, they share
     * the store's group commits.
     */
    static final int MATCH_WRITES_IN_FLIGHT = 16;

    private final ReactiveMongoTemplate mongo;
    /** For the daily counters: a count lost in a crash only announces a match at once instead of in the digest. */
    private final ReactiveMongoTemplate counters;
    private final AggregateWriter writer;
    private final MatchEngine engine;
    private final SubscriptionIndex index;
    private final Clock clock;

    public MatchingService(ReactiveMongoTemplate mongo, AggregateWriter writer, MatchEngine engine,
                           SubscriptionIndex index, Clock clock) {
        this.mongo = mongo;
        this.counters = JournalWaived.template(mongo);
        this.writer = writer;
        this.engine = engine;
        this.index = index;
        this.clock = clock;
    }

    /** Matches a need against every active subscription (indexed) and every open offer; the number of new matches. */
    public Mono<Long> matchNeed(String needId) {
        return mongo.findById(needId, NeedDocument.class)
                .filter(need -> need.effectiveStatus(today()).isMatchable())
                .flatMap(need -> {
                    NeedProfile profile = Profiles.of(need);
                    List<ScoredMatch> viaSubscriptions = index.match(profile);
                    Mono<Long> subscriptions = subscriptionsById(viaSubscriptions.stream()
                            .map(ScoredMatch::partnerId).toList())
                            .flatMapMany(byId -> Flux.fromIterable(viaSubscriptions)
                                    .filter(match -> byId.containsKey(match.partnerId()))
                                    .flatMap(match -> suggest(need, byId.get(match.partnerId()), null, match),
                                            MATCH_WRITES_IN_FLIGHT))
                            .count();
                    Mono<Long> offers = mongo.find(openOffersFor(need), OfferDocument.class)
                            .flatMap(offer -> Mono.justOrEmpty(engine.evaluate(profile,
                                            Profiles.of(offer, engine.weights().offerMinimumScore())))
                                    .flatMap(match -> suggest(need, null, offer, match)), MATCH_WRITES_IN_FLIGHT)
                            .count();
                    return subscriptions.zipWith(offers, Long::sum);
                })
                .defaultIfEmpty(0L);
    }

    /** Matches a new or revised open offer against the open needs. */
    public Mono<Long> matchOffer(String offerId) {
        return mongo.findById(offerId, OfferDocument.class)
                .filter(offer -> offer.effectiveStatus(today()) == OfferStatus.OPEN)
                .flatMap(offer -> {
                    PartnerProfile partner = Profiles.of(offer, engine.weights().offerMinimumScore());
                    return openNeedsFor(partner)
                            .flatMap(need -> Mono.justOrEmpty(engine.evaluate(Profiles.of(need), partner))
                                    .flatMap(match -> suggest(need, null, offer, match)), MATCH_WRITES_IN_FLIGHT)
                            .count();
                })
                .defaultIfEmpty(0L);
    }

    /** Matches an active subscription against the open needs (those posted before it existed). */
    public Mono<Long> matchSubscription(String subscriptionId, PartnerProfile partner) {
        return mongo.findById(subscriptionId, SubscriptionDocument.class)
                .filter(subscription -> subscription.status == SubscriptionStatus.ACTIVE)
                .flatMap(subscription -> openNeedsFor(partner)
                        .flatMap(need -> Mono.justOrEmpty(engine.evaluate(Profiles.of(need), partner))
                                .flatMap(match -> suggest(need, subscription, null, match)), MATCH_WRITES_IN_FLIGHT)
                        .count())
                .defaultIfEmpty(0L);
    }

    private Mono<Map<String, SubscriptionDocument>> subscriptionsById(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids).and("status").is(SubscriptionStatus.ACTIVE)),
                        SubscriptionDocument.class)
                .collectMap(subscription -> subscription.id, Function.identity());
    }

    /** Open offers that may pass the hard rules; the engine decides exactly. */
    private Query openOffersFor(NeedDocument need) {
        Set<String> sectors = need.sectors.stream().flatMap(s -> engine.sectors().related(s).stream())
                .collect(Collectors.toSet());
        return Query.query(new Criteria().andOperator(
                Criteria.where("status").is(OfferStatus.OPEN),
                Criteria.where("partnerKind").in(need.partnerKinds),
                Criteria.where("modes").in(need.modes),
                Criteria.where("sectors").in(sectors),
                Criteria.where("countries").in(need.countries),
                notExpired()));
    }

    /** Open needs that may pass the hard rules for this partner; the engine decides exactly. */
    private Flux<NeedDocument> openNeedsFor(PartnerProfile partner) {
        List<Criteria> filters = new ArrayList<>();
        filters.add(Criteria.where("status").in(NeedStatus.OPEN, NeedStatus.MATCHED));
        filters.add(Criteria.where("partnerKinds").is(partner.kind().name()));
        if (!partner.modes().isEmpty()) {
            filters.add(Criteria.where("modes").in(partner.modes()));
        }
        if (!partner.sectors().isEmpty()) {
            filters.add(Criteria.where("sectors").in(partner.sectors().stream()
                    .flatMap(s -> engine.sectors().related(s).stream()).collect(Collectors.toSet())));
        }
        if (!partner.countries().isEmpty()) {
            filters.add(Criteria.where("countries").in(partner.countries()));
        }
        filters.add(notExpired());
        return mongo.find(Query.query(new Criteria().andOperator(filters)), NeedDocument.class);
    }

    private Criteria notExpired() {
        return new Criteria().orOperator(Criteria.where("expiresOn").is(null),
                Criteria.where("expiresOn").gte(today()));
    }

    /**
     * A government officer of the need's province puts a need and a partner (an active
     * subscription or an open offer) together that the engine did not: the match is stored with
     * its score and reasons whatever they are, recommended by the officer, who and why recorded.
     */
    @Override
    public Mono<MatchDocument> brokerPair(PlatformPrincipal officer, String needId, String subscriptionId,
                                          String offerId, String reason) {
        Access.requireAnyRole(officer, PlatformRole.GOV_OFFICER);
        Mono<NeedDocument> needLookup = Lookups.findUsable(mongo, NeedDocument.class, "need", needId,
                need -> officer.isOfficerOf(need.province))
                .filter(need -> need.effectiveStatus(today()).isMatchable())
                .switchIfEmpty(Mono.error(() -> new ConflictException("The need is no longer open for matching")));
        return needLookup.flatMap(need -> {
            Mono<MatchDocument> created;
            if (subscriptionId != null) {
                created = Lookups.findUsable(mongo, SubscriptionDocument.class, "subscription", subscriptionId,
                        subscription -> subscription.status == SubscriptionStatus.ACTIVE)
                        .flatMap(subscription -> brokered(officer, need, subscription, null, reason,
                                Profiles.of(SubscriptionService.changed(subscription, subscription.updatedAt))));
            } else {
                created = Lookups.findUsable(mongo, OfferDocument.class, "offer", offerId,
                        offer -> offer.effectiveStatus(today()) == OfferStatus.OPEN)
                        .flatMap(offer -> brokered(officer, need, null, offer, reason,
                                Profiles.of(offer, engine.weights().offerMinimumScore())));
            }
            return created;
        });
    }

    private Mono<MatchDocument> brokered(PlatformPrincipal officer, NeedDocument need,
                                         SubscriptionDocument subscription, OfferDocument offer, String reason,
                                         PartnerProfile partner) {
        String matchId = matchId(need, subscription, offer);
        PartnerProfile unfiltered = new PartnerProfile(partner.id(), partner.kind(), partner.modes(), partner.sectors(),
                partner.countries(), partner.languages(), partner.keywords(), partner.students(), partner.teachers(),
                partner.start(), partner.end(), 0.0);
        ScoredMatch scored = engine.score(engine.prepare(Profiles.of(need)), engine.prepare(unfiltered));
        return mongo.exists(Query.query(Criteria.where("_id").is(matchId)), MatchDocument.class).flatMap(exists -> {
            if (exists) {
                return Mono.error(new ConflictException("These two are already matched (match " + matchId
                        + "); recommend that match instead"));
            }
            Instant now = clock.instant();
            MatchDocument match = newMatch(matchId, need, subscription, offer, scored, false, now);
            MatchSuggested suggested = suggested(match, need, now);
            MatchBrokered recommended = MatchService.recordBrokerAction(officer, match, "RECOMMENDED", reason, null,
                    null, now);
            return writer.insert(match, List.of(suggested, recommended));
        });
    }

    private static String matchId(NeedDocument need, SubscriptionDocument subscription, OfferDocument offer) {
        String partnerRef = subscription != null ? "subscription:" + subscription.id : "offer:" + offer.id;
        return UUID.nameUUIDFromBytes((need.id + "|" + partnerRef).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    /** Stores one suggested match with its event, unless the pair was matched before. */
    private Mono<MatchDocument> suggest(NeedDocument need, SubscriptionDocument subscription, OfferDocument offer,
                                        ScoredMatch scored) {
        String matchId = matchId(need, subscription, offer);
        return mongo.exists(Query.query(Criteria.where("_id").is(matchId)), MatchDocument.class)
                .flatMap(exists -> exists ? Mono.<MatchDocument>empty() : digest(subscription)
                        .flatMap(digest -> insert(matchId, need, subscription, offer, scored, digest)));
    }

    /** Counts the subscription's matches today; those past its daily cap wait for the digest. */
    private Mono<Boolean> digest(SubscriptionDocument subscription) {
        if (subscription == null) {
            return Mono.just(false);
        }
        String key = subscription.id + ":" + today();
        return counters.findAndModify(Query.query(Criteria.where("_id").is(key)), new Update().inc("count", 1)
                                .set("subscriptionId", subscription.id),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, DAILY_COUNTERS)
                .map(counter -> ((Number) counter.get("count")).intValue() > subscription.dailyCap);
    }

    private Mono<MatchDocument> insert(String matchId, NeedDocument need, SubscriptionDocument subscription,
                                       OfferDocument offer, ScoredMatch scored, boolean digest) {
        Instant now = clock.instant();
        MatchDocument match = newMatch(matchId, need, subscription, offer, scored, digest, now);
        MatchSuggested event = suggested(match, need, now);
        return writer.insert(match, List.of(event))
                .onErrorResume(DuplicateKeyException.class, duplicate -> Mono.empty());
    }

    private static MatchDocument newMatch(String matchId, NeedDocument need, SubscriptionDocument subscription,
                                          OfferDocument offer, ScoredMatch scored, boolean digest, Instant now) {
        MatchDocument match = new MatchDocument();
        match.id = matchId;
        match.needId = need.id;
        match.needTitle = need.title;
        match.collegeOrganizationId = need.organizationId;
        match.province = need.province;
        match.collegeContact = need.contact;
        if (subscription != null) {
            match.subscriptionId = subscription.id;
            match.partnerOrganizationId = subscription.organizationId;
            match.partnerKind = subscription.partnerKind;
            match.partnerCountry = subscription.country;
            match.partnerContact = subscription.contact;
        } else {
            match.offerId = offer.id;
            match.offerTitle = offer.title;
            match.partnerOrganizationId = offer.organizationId;
            match.partnerKind = offer.partnerKind;
            match.partnerCountry = offer.country;
            match.partnerContact = offer.contact;
        }
        match.score = scored.score();
        match.reasons = scored.reasons().stream().map(r -> new MatchDocument.ReasonEntry(r.criterion().label(),
                r.outcome().name(), r.value(), r.text())).toList();
        match.modes = need.modes;
        match.sectors = need.sectors;
        match.countries = need.countries;
        match.status = MatchStatus.SUGGESTED;
        match.cooperationModel = "ENTERPRISE".equals(match.partnerKind) ? CooperationModel.COLLEGE_COMPANY.name()
                : CooperationModel.COLLEGE_COLLEGE.name();
        match.audience.add(match.collegeOrganizationId);
        match.audience.add(match.partnerOrganizationId);
        match.digest = digest;
        match.createdAt = now;
        match.updatedAt = now;
        return match;
    }

    /** The suggestion event of a new match, recorded in its timeline. */
    private static MatchSuggested suggested(MatchDocument match, NeedDocument need, Instant now) {
        MatchSuggested event = new MatchSuggested(match.id, need.id, match.subscriptionId, match.offerId,
                match.collegeOrganizationId, match.partnerOrganizationId, match.partnerKind, match.partnerCountry,
                match.province, match.score, match.reasons.stream().map(r -> new MatchReason(r.criterion(),
                r.outcome(), r.value(), r.text())).toList(), match.modes, match.countries, match.digest, 1, now);
        MatchService.record(match, event, "match-suggested", now, 1);
        return event;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
