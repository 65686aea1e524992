package org.coop.matchmaking.matches;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coop.matchmaking.common.Lookups;
import org.coop.matchmaking.common.PageView;
import org.coop.matchmaking.common.Pages;
import org.coop.matchmaking.common.Paging;
import org.coop.platform.events.CooperationModel;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventJson;
import org.coop.platform.events.matchmaking.MatchAccepted;
import org.coop.platform.events.matchmaking.MatchBrokered;
import org.coop.platform.events.matchmaking.MatchDeclined;
import org.coop.platform.events.matchmaking.MatchPartyAccepted;
import org.coop.platform.messaging.AggregateWriter;
import org.coop.platform.security.Access;
import org.coop.platform.security.PlatformPrincipal;
import org.coop.platform.security.PlatformRole;
import org.coop.platform.web.ConflictException;
import org.coop.platform.web.RuleViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * What the parties and the brokers do with a match. A match is visible to its college, its
 * partner, its third party and the government officers of the college's province; to anyone
 * else it does not exist (404).
 */
@Service
public class MatchService {

    static final Set<String> SORTABLE = Set.of("score", "createdAt", "updatedAt");
    static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "score").and(Sort.by("_id"));

    private final ReactiveMongoTemplate mongo;
    private final AggregateWriter writer;
    private final Clock clock;

    public MatchService(ReactiveMongoTemplate mongo, AggregateWriter writer, Clock clock) {
        this.mongo = mongo;
        this.writer = writer;
        this.clock = clock;
    }

    public Mono<MatchView> get(PlatformPrincipal caller, String id) {
        return visible(caller, id).map(match -> MatchView.of(match, side(caller, match)));
    }

    public Mono<PageView<MatchView>> list(PlatformPrincipal caller, Paging paging, MatchStatus status, String needId) {
        Criteria scope = scope(caller);
        if (status != null) {
            scope = new Criteria().andOperator(scope, Criteria.where("status").is(status));
        }
        if (needId != null) {
            scope = new Criteria().andOperator(scope, Criteria.where("needId").is(needId));
        }
        return Pages.find(mongo, Query.query(scope), paging, MatchDocument.class,
                match -> MatchView.of(match, side(caller, match)));
    }

    /** The caller's matches: those of its organization, and for officers those of their province. */
    public static Criteria scope(PlatformPrincipal caller) {
        Criteria own = Criteria.where("audience").is(caller.organizationId());
        if (caller.hasRole(PlatformRole.GOV_OFFICER) && caller.province() != null) {
            return new Criteria().orOperator(own, Criteria.where("province").is(caller.province()));
        }
        return own;
    }

    public Mono<MatchView> accept(PlatformPrincipal caller, String id) {
        return visible(caller, id).flatMap(match -> {
            String side = decidingSide(caller, match);
            requireOpen(match, side);
            Instant now = clock.instant();
            MatchDocument.Decision decision = new MatchDocument.Decision("ACCEPTED", caller.userId(), null, null, now);
            MatchDocument.Decision other;
            if ("COLLEGE".equals(side)) {
                match.college = decision;
                other = match.partner;
            } else {
                match.partner = decision;
                other = match.college;
            }
            match.updatedAt = now;
            int sequence = match.nextSequence();
            DomainEvent event;
            String type;
            if (other != null && "ACCEPTED".equals(other.decision())) {
                match.status = MatchStatus.ACCEPTED;
                event = new MatchAccepted(match.id, match.needId, match.offerId, match.subscriptionId,
                        match.collegeOrganizationId, match.partnerOrganizationId, match.partnerKind,
                        match.partnerCountry, match.thirdParty == null ? null : match.thirdParty.organizationId(),
                        match.cooperationModel, match.modes, match.countries, match.score, now, match.province,
                        sequence);
                type = "match-accepted";
            } else {
                event = new MatchPartyAccepted(match.id, match.needId, side, caller.userId(),
                        match.collegeOrganizationId, match.partnerOrganizationId, thirdPartyId(match), match.province,
                        sequence, now);
                type = "match-party-accepted";
            }
            record(match, event, type, now, sequence);
            return writer.update(match, List.of(event));
        }).map(match -> MatchView.of(match, side(caller, match)));
    }

    public Mono<MatchView> decline(PlatformPrincipal caller, String id, DeclineReason reason, String text) {
        return visible(caller, id).flatMap(match -> {
            String side = decidingSide(caller, match);
            requireOpen(match, side);
            Instant now = clock.instant();
            MatchDocument.Decision decision = new MatchDocument.Decision("DECLINED", caller.userId(), reason.name(),
                    text, now);
            if ("COLLEGE".equals(side)) {
                match.college = decision;
            } else {
                match.partner = decision;
            }
            match.status = MatchStatus.DECLINED;
            match.updatedAt = now;
            int sequence = match.nextSequence();
            MatchDeclined event = new MatchDeclined(match.id, match.needId, side, reason.name(), text,
                    caller.userId(), match.collegeOrganizationId, match.partnerOrganizationId, thirdPartyId(match),
                    match.province, sequence, now);
            record(match, event, "match-declined", now, sequence);
            return writer.update(match, List.of(event));
        }).map(match -> MatchView.of(match, side(caller, match)));
    }

    /** An officer of the province recommends the match to both parties. */
    public Mono<MatchView> recommend(PlatformPrincipal caller, String id, String reason) {
        Access.requireAnyRole(caller, PlatformRole.GOV_OFFICER);
        return brokered(caller, id).flatMap(match -> {
            if (match.brokerActions.stream().anyMatch(a -> a.action().equals("RECOMMENDED")
                    && a.brokerUserId().equals(caller.userId()))) {
                return Mono.error(new ConflictException("You already recommended this match"));
            }
            Instant now = clock.instant();
            return broker(caller, match, "RECOMMENDED", reason, null, null, now);
        }).map(match -> MatchView.of(match, side(caller, match)));
    }

    /**
     * An officer adds an intermediary or a government body as third party, choosing the
     * three-party cooperation model it makes. Every broken rule is reported at once (422).
     */
    public Mono<MatchView> addThirdParty(PlatformPrincipal caller, String id, String organizationId, String role,
                                         CooperationModel model, String reason) {
        Access.requireAnyRole(caller, PlatformRole.GOV_OFFICER);
        return brokered(caller, id).flatMap(match -> {
            List<RuleViolationException.Violation> violations = new ArrayList<>();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("cooperationModel", model.name());
            values.put("role", role);
            values.put("partnerKind", match.partnerKind);
            if (!model.hasThirdParty()) {
                violations.add(new RuleViolationException.Violation("thirdParty.modelHasThirdParty",
                        model + " has no third party", values));
            }
            boolean government = model == CooperationModel.COLLEGE_GOVERNMENT_COLLEGE;
            if (model.hasThirdParty() && government != "GOVERNMENT".equals(role)) {
                violations.add(new RuleViolationException.Violation("thirdParty.roleFitsModel",
                        model + " needs a " + (government ? "GOVERNMENT" : "INTERMEDIARY") + " third party", values));
            }
            boolean companyModel = model.name().endsWith("_COMPANY");
            if (model.hasThirdParty() && companyModel != "ENTERPRISE".equals(match.partnerKind)) {
                violations.add(new RuleViolationException.Violation("thirdParty.partnerFitsModel",
                        model + " does not fit a partner of kind " + match.partnerKind, values));
            }
            if (organizationId.equals(match.collegeOrganizationId) || organizationId.equals(match.partnerOrganizationId)) {
                violations.add(new RuleViolationException.Violation("thirdParty.isThird",
                        "the third party must be neither the college nor the partner", values));
            }
            if (match.thirdParty != null) {
                violations.add(new RuleViolationException.Violation("thirdParty.once",
                        "the match already has a third party: " + match.thirdParty.organizationId(), values));
            }
            if (!violations.isEmpty()) {
                return Mono.error(new RuleViolationException("The third party cannot be added", violations));
            }
            Instant now = clock.instant();
            match.thirdParty = new MatchDocument.ThirdParty(organizationId, role, caller.userId(), now);
            match.cooperationModel = model.name();
            if (!match.audience.contains(organizationId)) {
                match.audience.add(organizationId);
            }
            return broker(caller, match, "THIRD_PARTY_ADDED", reason, organizationId, role, now);
        }).map(match -> MatchView.of(match, side(caller, match)));
    }

    /** The field of a broker action that the matches' sparse brokered index holds. */
    public static final String BROKER_FIELD = "brokerActions.brokerUserId";

    /** Per broker of the officer's province: how many matches each recommended, completed, saw accepted. */
    public Mono<List<BrokerCount>> brokerCounts(PlatformPrincipal caller) {
        Access.requireAnyRole(caller, PlatformRole.GOV_OFFICER);
        if (caller.province() == null) {
            return Mono.just(List.of());
        }
        // Only the brokered matches, through their sparse index (a match gets the field with its
        // first broker action); the province is checked here. Asked by province, the store read
        // every match of the province: 233,000 in a province's year, longer than the gateway waits.
        Query query = Query.query(Criteria.where(BROKER_FIELD).exists(true));
        query.fields().include("province").include("status").include("brokerActions");
        return mongo.find(query, MatchDocument.class)
                .filter(match -> caller.province().equals(match.province))
                .collectList().map(matches -> {
            Map<String, BrokerCount> counts = new LinkedHashMap<>();
            for (MatchDocument match : matches) {
                Set<String> brokersOfMatch = new java.util.HashSet<>();
                for (MatchDocument.BrokerAction action : match.brokerActions) {
                    BrokerCount count = counts.computeIfAbsent(action.brokerUserId(),
                            user -> new BrokerCount(user, action.brokerName(), 0, 0, 0, 0));
                    boolean first = brokersOfMatch.add(action.brokerUserId());
                    counts.put(action.brokerUserId(), count.plus(action.action(), first,
                            first && match.status == MatchStatus.ACCEPTED));
                }
            }
            return counts.values().stream().sorted(Comparator.comparing(BrokerCount::matches).reversed()
                    .thenComparing(BrokerCount::brokerUserId)).toList();
        });
    }

    /** One broker's record in the province. */
    public record BrokerCount(String brokerUserId, String brokerName, int matches, int recommended,
                              int thirdPartiesAdded, int accepted) {

        BrokerCount plus(String action, boolean newMatch, boolean acceptedMatch) {
            return new BrokerCount(brokerUserId, brokerName, matches + (newMatch ? 1 : 0),
                    recommended + ("RECOMMENDED".equals(action) ? 1 : 0),
                    thirdPartiesAdded + ("THIRD_PARTY_ADDED".equals(action) ? 1 : 0),
                    accepted + (acceptedMatch ? 1 : 0));
        }
    }

    private Mono<MatchDocument> broker(PlatformPrincipal caller, MatchDocument match, String action, String reason,
                                       String thirdPartyId, String role, Instant now) {
        MatchBrokered event = recordBrokerAction(caller, match, action, reason, thirdPartyId, role, now);
        return writer.update(match, List.of(event));
    }

    /**
     * Appends a broker's act (who, what, why) to the match and its timeline; the event to write
     * with it.
     */
    public static MatchBrokered recordBrokerAction(PlatformPrincipal caller, MatchDocument match, String action,
                                                   String reason, String thirdPartyId, String role, Instant now) {
        String name = caller.displayName() != null ? caller.displayName() : caller.username();
        match.brokerActions.add(new MatchDocument.BrokerAction(action, caller.userId(), name, caller.organizationId(),
                reason, now));
        match.updatedAt = now;
        int sequence = match.nextSequence();
        MatchBrokered event = new MatchBrokered(match.id, match.needId, action, caller.userId(),
                caller.organizationId(), reason, thirdPartyId, role,
                thirdPartyId == null ? null : match.cooperationModel, match.collegeOrganizationId,
                match.partnerOrganizationId, match.province, sequence, now);
        record(match, event, "match-brokered", now, sequence);
        return event;
    }

    /** Appends the notification of {@code event} to the match's timeline (same write as the event). */
    public static void record(MatchDocument match, DomainEvent event, String type, Instant at, int sequence) {
        match.timeline.add(new MatchDocument.TimelineEntry(NotificationIds.of(at, match.id, sequence), sequence, type,
                at, EventJson.toJson(event)));
    }

    private Mono<MatchDocument> brokered(PlatformPrincipal caller, String id) {
        return Lookups.findUsable(mongo, MatchDocument.class, "match", id,
                match -> caller.isOfficerOf(match.province))
                .flatMap(match -> match.status == MatchStatus.SUGGESTED ? Mono.just(match)
                        : Mono.error(new ConflictException("A " + match.status.name().toLowerCase()
                        + " match cannot be brokered any more")));
    }

    private Mono<MatchDocument> visible(PlatformPrincipal caller, String id) {
        return Lookups.findUsable(mongo, MatchDocument.class, "match", id,
                match -> match.audience.contains(caller.organizationId()) || caller.isOfficerOf(match.province));
    }

    private static String decidingSide(PlatformPrincipal caller, MatchDocument match) {
        if (caller.belongsTo(match.collegeOrganizationId)) {
            return "COLLEGE";
        }
        if (caller.belongsTo(match.partnerOrganizationId)) {
            return "PARTNER";
        }
        throw new AccessDeniedException("only the college and the partner accept or decline a match");
    }

    private static void requireOpen(MatchDocument match, String side) {
        if (match.status != MatchStatus.SUGGESTED) {
            throw new ConflictException("The match is already " + match.status.name().toLowerCase());
        }
        MatchDocument.Decision own = "COLLEGE".equals(side) ? match.college : match.partner;
        if (own != null) {
            throw new ConflictException("Your side already " + own.decision().toLowerCase() + " this match");
        }
    }

    static String side(PlatformPrincipal caller, MatchDocument match) {
        if (caller.belongsTo(match.collegeOrganizationId)) {
            return "COLLEGE";
        }
        if (caller.belongsTo(match.partnerOrganizationId)) {
            return "PARTNER";
        }
        if (match.thirdParty != null && caller.belongsTo(match.thirdParty.organizationId())) {
            return "THIRD_PARTY";
        }
        return "OFFICER";
    }

    private static String thirdPartyId(MatchDocument match) {
        return match.thirdParty == null ? null : match.thirdParty.organizationId();
    }
}
