package org.coop.matchmaking.offers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coop.matchmaking.common.Lookups;
import org.coop.matchmaking.common.Callers;
import org.coop.matchmaking.common.CriteriaRules;
import org.coop.matchmaking.common.PageView;
import org.coop.matchmaking.common.Pages;
import org.coop.matchmaking.common.Paging;
import org.coop.matchmaking.vocabulary.domain.Vocabulary;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.matchmaking.OfferPosted;
import org.coop.platform.events.matchmaking.OfferRevised;
import org.coop.platform.events.matchmaking.OfferWithdrawn;
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

/** Use cases of offers; an offer is visible to and changed by its own organization only. */
@Service
public class OfferService {

    static final Set<String> SORTABLE = Set.of("createdAt", "updatedAt", "expiresOn");
    static final Sort DEFAULT_SORT = Pages.NEWEST_FIRST;

    private final ReactiveMongoTemplate mongo;
    private final AggregateWriter writer;
    private final Vocabulary vocabulary;
    private final Clock clock;

    public OfferService(ReactiveMongoTemplate mongo, AggregateWriter writer, Vocabulary vocabulary, Clock clock) {
        this.mongo = mongo;
        this.writer = writer;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    public Mono<OfferView> create(PlatformPrincipal caller, OfferRequest request) {
        Access.requireAnyRole(caller, PlatformRole.ENTERPRISE, PlatformRole.INSTITUTION);
        validate(request);
        Instant now = clock.instant();
        OfferDocument offer = new OfferDocument();
        offer.id = UUID.randomUUID().toString();
        offer.organizationId = caller.organizationId();
        offer.partnerKind = Callers.partnerKind(caller).name();
        offer.country = caller.country();
        offer.createdBy = caller.userId();
        offer.createdAt = now;
        offer.revision = 1;
        offer.apply(request, now);
        offer.status = Boolean.TRUE.equals(request.draft()) ? OfferStatus.DRAFT : OfferStatus.OPEN;
        List<DomainEvent> events = Boolean.TRUE.equals(request.draft()) ? List.of() : List.of(posted(offer, now));
        return writer.insert(offer, events).map(this::view);
    }

    public Mono<OfferView> revise(PlatformPrincipal caller, String id, OfferRequest request) {
        Access.requireAnyRole(caller, PlatformRole.ENTERPRISE, PlatformRole.INSTITUTION);
        validate(request);
        return owned(caller, id).flatMap(offer -> {
            OfferStatus status = offer.effectiveStatus(today());
            if (status != OfferStatus.DRAFT && status != OfferStatus.OPEN) {
                return Mono.error(new ConflictException("A " + status.name().toLowerCase()
                        + " offer cannot be revised (offer " + id + ")"));
            }
            Instant now = clock.instant();
            offer.apply(request, now);
            if (status == OfferStatus.DRAFT) {
                return writer.update(offer, List.of());
            }
            offer.revision++;
            return writer.update(offer, List.of(revised(offer, now)));
        }).map(this::view);
    }

    public Mono<OfferView> publish(PlatformPrincipal caller, String id) {
        Access.requireAnyRole(caller, PlatformRole.ENTERPRISE, PlatformRole.INSTITUTION);
        return owned(caller, id).flatMap(offer -> {
            if (offer.status != OfferStatus.DRAFT) {
                return Mono.error(new ConflictException("Only a draft offer can be published (offer " + id + ")"));
            }
            Instant now = clock.instant();
            offer.status = OfferStatus.OPEN;
            offer.updatedAt = now;
            return writer.update(offer, List.of(posted(offer, now)));
        }).map(this::view);
    }

    public Mono<OfferView> withdraw(PlatformPrincipal caller, String id, String reason) {
        Access.requireAnyRole(caller, PlatformRole.ENTERPRISE, PlatformRole.INSTITUTION);
        return owned(caller, id).flatMap(offer -> {
            if (offer.status == OfferStatus.WITHDRAWN) {
                return Mono.error(new ConflictException("The offer is already withdrawn (offer " + id + ")"));
            }
            Instant now = clock.instant();
            offer.status = OfferStatus.WITHDRAWN;
            offer.updatedAt = now;
            return writer.update(offer, List.of(new OfferWithdrawn(offer.id, offer.organizationId, reason, now)));
        }).map(this::view);
    }

    public Mono<OfferView> get(PlatformPrincipal caller, String id) {
        return owned(caller, id).map(this::view);
    }

    public Mono<PageView<OfferView>> list(PlatformPrincipal caller, Paging paging, OfferStatus status) {
        Criteria scope = Criteria.where("organizationId").is(caller.organizationId());
        if (status != null) {
            scope = scope.and("status").is(status);
        }
        return Pages.find(mongo, Query.query(scope), paging, OfferDocument.class, this::view);
    }

    private Mono<OfferDocument> owned(PlatformPrincipal caller, String id) {
        return Lookups.findUsable(mongo, OfferDocument.class, "offer", id,
                offer -> caller.belongsTo(offer.organizationId));
    }

    private void validate(OfferRequest request) {
        CriteriaRules.check(vocabulary, request.modes(), request.sectors(), request.countries(), request.languages(),
                request.periodStart(), request.periodEnd(), request.expiresOn(), today()).throwIfInvalid();
    }

    private static OfferPosted posted(OfferDocument offer, Instant now) {
        return new OfferPosted(offer.id, offer.organizationId, offer.partnerKind, offer.country, offer.revision,
                offer.title, offer.criteria(), offer.students, offer.teachers, offer.periodStart, offer.periodEnd,
                offer.expiresOn, now);
    }

    private static OfferRevised revised(OfferDocument offer, Instant now) {
        return new OfferRevised(offer.id, offer.organizationId, offer.partnerKind, offer.country, offer.revision,
                offer.title, offer.criteria(), offer.students, offer.teachers, offer.periodStart, offer.periodEnd,
                offer.expiresOn, now);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private OfferView view(OfferDocument offer) {
        return OfferView.of(offer, today());
    }
}
