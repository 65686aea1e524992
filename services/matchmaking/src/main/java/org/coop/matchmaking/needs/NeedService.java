package org.coop.matchmaking.needs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coop.matchmaking.common.Lookups;
import org.coop.matchmaking.common.CriteriaRules;
import org.coop.matchmaking.common.PageView;
import org.coop.matchmaking.common.Pages;
import org.coop.matchmaking.common.Paging;
import org.coop.matchmaking.vocabulary.domain.Vocabulary;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.matchmaking.NeedFulfilled;
import org.coop.platform.events.matchmaking.NeedPosted;
import org.coop.platform.events.matchmaking.NeedRevised;
import org.coop.platform.events.matchmaking.NeedWithdrawn;
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
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Use cases of needs. Colleges write only their own; a college's needs are visible to it and to
 * the government officers of its province; anyone else gets 404 (the platform's rule).
 */
@Service
public class NeedService {

    static final Set<String> SORTABLE = Set.of("createdAt", "updatedAt", "expiresOn");
    static final Sort DEFAULT_SORT = Pages.NEWEST_FIRST;

    private final ReactiveMongoTemplate mongo;
    private final AggregateWriter writer;
    private final Vocabulary vocabulary;
    private final Clock clock;

    public NeedService(ReactiveMongoTemplate mongo, AggregateWriter writer, Vocabulary vocabulary, Clock clock) {
        this.mongo = mongo;
        this.writer = writer;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    public Mono<NeedView> create(PlatformPrincipal caller, NeedRequest request) {
        Access.requireAnyRole(caller, PlatformRole.COLLEGE);
        validate(request);
        Instant now = clock.instant();
        NeedDocument need = new NeedDocument();
        need.id = UUID.randomUUID().toString();
        need.organizationId = caller.organizationId();
        need.province = caller.province();
        need.createdBy = caller.userId();
        need.createdAt = now;
        need.revision = 1;
        need.apply(request, now);
        need.status = Boolean.TRUE.equals(request.draft()) ? NeedStatus.DRAFT : NeedStatus.OPEN;
        List<DomainEvent> events = Boolean.TRUE.equals(request.draft()) ? List.of() : List.of(posted(need, now));
        return writer.insert(need, events).map(this::view);
    }

    public Mono<NeedView> revise(PlatformPrincipal caller, String id, NeedRequest request) {
        Access.requireAnyRole(caller, PlatformRole.COLLEGE);
        validate(request);
        return owned(caller, id).flatMap(need -> {
            NeedStatus status = need.effectiveStatus(today());
            if (status != NeedStatus.DRAFT && !status.isMatchable()) {
                return Mono.error(lifecycle(need, "revise", status));
            }
            Instant now = clock.instant();
            need.apply(request, now);
            if (status == NeedStatus.DRAFT) {
                return writer.update(need, List.of());
            }
            need.revision++;
            return writer.update(need, List.of(revised(need, now)));
        }).map(this::view);
    }

    public Mono<NeedView> publish(PlatformPrincipal caller, String id) {
        Access.requireAnyRole(caller, PlatformRole.COLLEGE);
        return owned(caller, id).flatMap(need -> {
            if (need.status != NeedStatus.DRAFT) {
                return Mono.error(lifecycle(need, "publish", need.effectiveStatus(today())));
            }
            if (need.expiresOn != null && !need.expiresOn.isAfter(today())) {
                return Mono.error(new RuleViolationException("The need has expired; revise its expiry first",
                        List.of(new RuleViolationException.Violation("need.notExpired", "expiresOn is in the past",
                                java.util.Map.of("expiresOn", need.expiresOn.toString())))));
            }
            Instant now = clock.instant();
            need.status = NeedStatus.OPEN;
            need.updatedAt = now;
            return writer.update(need, List.of(posted(need, now)));
        }).map(this::view);
    }

    public Mono<NeedView> withdraw(PlatformPrincipal caller, String id, String reason) {
        Access.requireAnyRole(caller, PlatformRole.COLLEGE);
        return owned(caller, id).flatMap(need -> {
            NeedStatus status = need.effectiveStatus(today());
            if (status == NeedStatus.WITHDRAWN || status == NeedStatus.FULFILLED) {
                return Mono.error(lifecycle(need, "withdraw", status));
            }
            Instant now = clock.instant();
            need.status = NeedStatus.WITHDRAWN;
            need.updatedAt = now;
            return writer.update(need, List.of(new NeedWithdrawn(need.id, need.organizationId, reason, now)));
        }).map(this::view);
    }

    /** ProposalConcluded named this need: it is fulfilled (idempotent: a fulfilled need stays as it is). */
    public Mono<Boolean> fulfil(String needId, String proposalId, String matchId) {
        return mongo.findById(needId, NeedDocument.class).flatMap(need -> {
            if (need.status == NeedStatus.FULFILLED || need.status == NeedStatus.WITHDRAWN) {
                return Mono.just(false);
            }
            Instant now = clock.instant();
            need.status = NeedStatus.FULFILLED;
            need.fulfilledByProposal = proposalId;
            need.updatedAt = now;
            return writer.update(need, List.of(new NeedFulfilled(need.id, need.organizationId, proposalId, matchId,
                    now))).thenReturn(true);
        }).defaultIfEmpty(false);
    }

    /** An accepted match moves an open need to MATCHED (no event: MatchAccepted already says it). */
    public Mono<Void> markMatched(String needId) {
        return mongo.findById(needId, NeedDocument.class)
                .filter(need -> need.status == NeedStatus.OPEN)
                .flatMap(need -> {
                    need.status = NeedStatus.MATCHED;
                    need.updatedAt = clock.instant();
                    return writer.update(need, List.of());
                }).then();
    }

    public Mono<NeedView> get(PlatformPrincipal caller, String id) {
        return visible(caller, id).map(this::view);
    }

    public Mono<PageView<NeedView>> list(PlatformPrincipal caller, Paging paging, NeedStatus status) {
        Criteria scope;
        if (caller.hasRole(PlatformRole.COLLEGE)) {
            scope = Criteria.where("organizationId").is(caller.organizationId());
        } else if (caller.hasRole(PlatformRole.GOV_OFFICER) && caller.province() != null) {
            scope = Criteria.where("province").is(caller.province());
        } else {
            return Mono.just(new PageView<>(List.of(), paging.page(), paging.size(), 0));
        }
        if (status != null) {
            scope = scope.and("status").is(status);
        }
        return Pages.find(mongo, Query.query(scope), paging, NeedDocument.class, this::view);
    }

    public Mono<NeedDocument> visible(PlatformPrincipal caller, String id) {
        return Lookups.findUsable(mongo, NeedDocument.class, "need", id,
                need -> caller.belongsTo(need.organizationId) || caller.isOfficerOf(need.province));
    }

    private Mono<NeedDocument> owned(PlatformPrincipal caller, String id) {
        return Lookups.findUsable(mongo, NeedDocument.class, "need", id,
                need -> caller.belongsTo(need.organizationId));
    }

    private void validate(NeedRequest request) {
        CriteriaRules.check(vocabulary, request.modes(), request.sectors(), request.countries(), request.languages(),
                request.periodStart(), request.periodEnd(), request.expiresOn(), today())
                .rule(request.students() == null && request.teachers() == null
                                && request.modes().stream().anyMatch(m -> m.equals("internship")
                                || m.equals("order-class") || m.equals("student-exchange")),
                        "students", "say how many students (capacity > 0) for internships, order classes and exchanges",
                        "Capacity")
                .throwIfInvalid();
    }

    private static NeedPosted posted(NeedDocument need, Instant now) {
        return new NeedPosted(need.id, need.organizationId, need.province, need.revision, need.title, need.criteria(),
                need.partnerKinds, need.students, need.teachers, need.periodStart, need.periodEnd, need.expiresOn,
                need.intermediaryWelcome, now);
    }

    private static NeedRevised revised(NeedDocument need, Instant now) {
        return new NeedRevised(need.id, need.organizationId, need.province, need.revision, need.title,
                need.criteria(), need.partnerKinds, need.students, need.teachers, need.periodStart, need.periodEnd,
                need.expiresOn, need.intermediaryWelcome, now);
    }

    private ConflictException lifecycle(NeedDocument need, String action, NeedStatus status) {
        return new ConflictException("A " + status.name().toLowerCase() + " need cannot " + action + " (need "
                + need.id + ")");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private NeedView view(NeedDocument need) {
        return NeedView.of(need, today());
    }
}
