package org.coop.forum.registration.adapter.mongo;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coop.forum.common.adapter.mongo.Projections;
import org.coop.forum.registration.application.RegistrationStore;
import org.coop.forum.registration.application.StoredRegistration;
import org.coop.forum.registration.domain.Registration;
import org.coop.forum.registration.domain.RegistrationStatus;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.messaging.AggregateWriter;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Registrations in the {@code registrations} collection, written only through the platform's {@link AggregateWriter}. */
public class MongoRegistrationStore implements RegistrationStore {

    static final String COLLECTION = "registrations";
    private static final String FORUM_ID = "registration.forumId";
    private static final String STATUS = "registration.status";
    private static final String ARRIVAL = "registration.arrival";
    private static final String REGISTERED_AT = "registration.registeredAt";

    private final ReactiveMongoTemplate mongo;
    private final AggregateWriter writer;

    public MongoRegistrationStore(ReactiveMongoTemplate mongo, AggregateWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    public Mono<Void> createIndexes() {
        var ops = mongo.indexOps(COLLECTION);
        return Flux.concat(
                ops.createIndex(new Index().on("liveKey", Sort.Direction.ASC).unique().named("one_live_per_organization")),
                ops.createIndex(new Index().on(FORUM_ID, Sort.Direction.ASC).on(STATUS, Sort.Direction.ASC)
                        .on(ARRIVAL, Sort.Direction.ASC).named("by_forum_status_arrival")),
                ops.createIndex(new Index().on(STATUS, Sort.Direction.ASC).on(REGISTERED_AT, Sort.Direction.ASC)
                        .named("pending_by_age")))
                .then();
    }

    @Override
    public Mono<StoredRegistration> insert(Registration registration) {
        return writer.insert(RegistrationDocument.of(registration, null), List.of()).map(MongoRegistrationStore::stored);
    }

    @Override
    public Mono<StoredRegistration> update(StoredRegistration stored, List<? extends DomainEvent> events) {
        return writer.update(RegistrationDocument.of(stored.registration(), stored.version()), events)
                .map(MongoRegistrationStore::stored);
    }

    @Override
    public Mono<StoredRegistration> find(String id) {
        return mongo.findOne(read(Query.query(Criteria.where("_id").is(id))), RegistrationDocument.class)
                .map(MongoRegistrationStore::stored);
    }

    @Override
    public Flux<StoredRegistration> findAll(Collection<String> ids) {
        return mongo.find(read(Query.query(Criteria.where("_id").in(ids))), RegistrationDocument.class)
                .map(MongoRegistrationStore::stored);
    }

    @Override
    public Mono<Registration> findLive(String forumId, String organizationId) {
        Query query = Query.query(Criteria.where("liveKey").is(RegistrationDocument.liveKey(forumId, organizationId)));
        return mongo.findOne(read(query), RegistrationDocument.class).map(RegistrationDocument::registration);
    }

    @Override
    public Flux<Registration> ofForum(String forumId, int page, int size) {
        Query query = Query.query(Criteria.where(FORUM_ID).is(forumId))
                .with(Sort.by(Sort.Order.asc(ARRIVAL), Sort.Order.asc("_id")))
                .skip((long) page * size).limit(size);
        return mongo.find(read(query), RegistrationDocument.class).map(RegistrationDocument::registration);
    }

    @Override
    public Flux<StoredRegistration> pendingBefore(Instant cutoff, int limit) {
        // oldest first: a crash must not let a later registration take a seat before an earlier one
        Query query = Query.query(Criteria.where(STATUS).is(RegistrationStatus.PENDING.name())
                .and(REGISTERED_AT).lt(cutoff))
                .with(Sort.by(Sort.Order.asc(REGISTERED_AT), Sort.Order.asc("_id"))).limit(limit);
        return mongo.find(read(query), RegistrationDocument.class).map(MongoRegistrationStore::stored);
    }

    @Override
    public Flux<Registration> waitlisted(String forumId, int limit) {
        Query query = Query.query(Criteria.where(FORUM_ID).is(forumId).and(STATUS).is(RegistrationStatus.WAITLISTED.name()))
                .with(Sort.by(Sort.Order.asc(ARRIVAL))).limit(limit);
        return mongo.find(read(query), RegistrationDocument.class).map(RegistrationDocument::registration);
    }

    @Override
    public Mono<Set<String>> confirmedAmong(String forumId, Collection<String> organizationIds) {
        Query query = Query.query(Criteria.where(FORUM_ID).is(forumId)
                .and(STATUS).is(RegistrationStatus.CONFIRMED.name())
                .and("registration.organizationId").in(organizationIds));
        return mongo.find(read(query), RegistrationDocument.class)
                .map(document -> document.registration().getOrganizationId())
                .collect(HashSet::new, Set::add);
    }


    private static Query read(Query query) {
        return Projections.aggregateOnly(query, "registration", "liveKey");
    }

    private static StoredRegistration stored(RegistrationDocument document) {
        return new StoredRegistration(document.registration(), document.version());
    }
}
