package org.coop.approval.trip.adapter.mongo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.coop.approval.trip.application.StoredTrip;
import org.coop.approval.trip.application.TripStore;
import org.coop.approval.trip.domain.Trip;
import org.coop.approval.trip.domain.TripStatus;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.messaging.AggregateWriter;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Trips in the {@code trips} collection, written only through the platform's {@link AggregateWriter}. */
public class MongoTripStore implements TripStore {

    static final String COLLECTION = "trips";
    static final String TIMER_LEASE = "_timerLease";

    private final ReactiveMongoTemplate mongo;
    private final AggregateWriter writer;

    public MongoTripStore(ReactiveMongoTemplate mongo, AggregateWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    /** The indexes every query of this class relies on. */
    public Mono<Void> createIndexes() {
        var ops = mongo.indexOps(COLLECTION);
        return Flux.concat(
                ops.createIndex(new Index().on("trip.openKeys", Sort.Direction.ASC)
                        .on("trip.currentDueAt", Sort.Direction.ASC).named("tasks")),
                ops.createIndex(new Index().on("trip.nextTimerAt", Sort.Direction.ASC).named("timers")),
                ops.createIndex(new Index().on("trip.collegeOrganizationId", Sort.Direction.ASC)
                        .on("trip.submittedAt", Sort.Direction.DESC).named("by_college")),
                ops.createIndex(new Index().on("trip.province", Sort.Direction.ASC)
                        .on("trip.submittedAt", Sort.Direction.DESC).named("by_province")),
                ops.createIndex(new Index().on("trip.reportDueOn", Sort.Direction.ASC).named("report_due")))
                .then();
    }

    @Override
    public Mono<StoredTrip> find(String id) {
        return mongo.findOne(fields(Query.query(Criteria.where("_id").is(id))), TripDocument.class)
                .map(MongoTripStore::stored);
    }

    /**
     * Reads only the aggregate and its version: the outbox and the leases are not the domain's.
     * The projection also makes the embedded Mongo-wire store answer with a copy of the document
     * (without one it encodes the stored instance, which a concurrent update may be changing).
     */
    private static Query fields(Query query) {
        query.fields().include("trip").include("version");
        return query;
    }

    @Override
    public Mono<StoredTrip> insert(Trip trip, List<? extends DomainEvent> events) {
        return writer.insert(new TripDocument(trip.getId(), null, trip), events).map(MongoTripStore::stored);
    }

    @Override
    public Mono<StoredTrip> update(StoredTrip stored, List<? extends DomainEvent> events) {
        return writer.update(new TripDocument(stored.trip().getId(), stored.version(), stored.trip()), events)
                .map(MongoTripStore::stored);
    }

    @Override
    public Flux<Trip> list(TripFilter filter, int page, int size) {
        Criteria criteria = filter.collegeOrganizationId() != null
                ? Criteria.where("trip.collegeOrganizationId").is(filter.collegeOrganizationId())
                : Criteria.where("trip.province").is(filter.province());
        if (filter.status() != null) {
            criteria = criteria.and("trip.status").is(filter.status());
        }
        return page(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "trip.submittedAt")), page, size);
    }

    @Override
    public Flux<Trip> waitingFor(Set<String> keys, String userId, int page, int size) {
        Query query = Query.query(Criteria.where("trip.status").is(TripStatus.IN_REVIEW.name())
                        .and("trip.openKeys").in(keys)
                        .and("trip.participants").ne(userId))
                .with(Sort.by(Sort.Direction.ASC, "trip.currentDueAt"));
        return page(query, page, size);
    }

    @Override
    public Flux<Trip> overdueReports(String province, LocalDate today, int page, int size) {
        Query query = Query.query(Criteria.where("trip.province").is(province)
                        .and("trip.status").is(TripStatus.APPROVED.name())
                        .and("trip.reportRequired").is(true)
                        .and("trip.report").exists(false)
                        .and("trip.reportDueOn").lt(today))
                .with(Sort.by(Sort.Direction.ASC, "trip.reportDueOn"));
        return page(query, page, size);
    }

    @Override
    public Flux<Trip> ofProvince(String province) {
        return mongo.find(fields(Query.query(Criteria.where("trip.province").is(province))), TripDocument.class)
                .map(TripDocument::trip);
    }

    @Override
    public Mono<StoredTrip> claimDueTimer(Instant now, String owner, Duration lease) {
        Query due = Query.query(new Criteria().andOperator(
                        Criteria.where("trip.nextTimerAt").lte(now),
                        new Criteria().orOperator(Criteria.where(TIMER_LEASE).is(null),
                                Criteria.where(TIMER_LEASE + ".until").lt(Date.from(now)))))
                .with(Sort.by(Sort.Direction.ASC, "trip.nextTimerAt"));
        Update claim = new Update().set(TIMER_LEASE, new Document("owner", owner)
                .append("until", Date.from(now.plus(lease))));
        return mongo.findAndModify(fields(due), claim, FindAndModifyOptions.options().returnNew(true),
                        TripDocument.class)
                .map(MongoTripStore::stored);
    }

    @Override
    public Mono<Void> releaseTimer(String tripId, String owner) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(tripId).and(TIMER_LEASE + ".owner").is(owner)),
                new Update().unset(TIMER_LEASE), COLLECTION).then();
    }

    private Flux<Trip> page(Query query, int page, int size) {
        return mongo.find(fields(query.skip((long) page * size).limit(size)), TripDocument.class)
                .map(TripDocument::trip);
    }

    private static StoredTrip stored(TripDocument document) {
        return new StoredTrip(document.trip(), document.version());
    }
}
