package org.coop.forum.forum.adapter.mongo;

import java.util.List;
import org.coop.forum.common.adapter.mongo.Projections;
import org.coop.forum.forum.application.ForumStore;
import org.coop.forum.forum.application.SeatLedger;
import org.coop.forum.forum.application.StoredForum;
import org.coop.forum.forum.domain.Forum;
import org.coop.forum.forum.domain.ForumStatus;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.messaging.AggregateWriter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Forums in the {@code forums} collection, written through the platform's {@link AggregateWriter},
 * and each forum's seat ledger in the same document under {@code seats}: {@code left} (seats not
 * taken), {@code arrivals} (registrations numbered so far) and {@code holders} (ids of the
 * registrations holding seats). Every ledger change is one conditional update of that document,
 * so concurrent registrations cannot take the same seat and a repeated take or release of one
 * registration has no second effect.
 */
public class MongoForumStore implements ForumStore, SeatLedger {

    static final String COLLECTION = "forums";
    private static final String LEFT = "seats.left";
    private static final String ARRIVALS = "seats.arrivals";
    private static final String HOLDERS = "seats.holders";

    private final ReactiveMongoTemplate mongo;
    private final AggregateWriter writer;

    public MongoForumStore(ReactiveMongoTemplate mongo, AggregateWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    /** The seat ledger as stored, for the insert (the aggregate writer never rewrites it). */
    public record Seats(int left, long arrivals, List<String> holders) {
    }

    /** A new forum document: the aggregate plus its opened seat ledger. */
    @Document(COLLECTION)
    record NewForumDocument(@Id String id, @Version Long version, Forum forum, Seats seats) {
    }

    @Document(COLLECTION)
    record SeatsDocument(@Id String id, Seats seats) {
    }

    public Mono<Void> createIndexes() {
        var ops = mongo.indexOps(COLLECTION);
        return Flux.concat(
                ops.createIndex(new Index().on("forum.status", Sort.Direction.ASC)
                        .on("forum.details.startsOn", Sort.Direction.ASC).named("by_status_start")),
                ops.createIndex(new Index().on("forum.organizerOrganizationId", Sort.Direction.ASC).named("by_organizer")))
                .then();
    }

    @Override
    public Mono<StoredForum> insert(Forum forum) {
        Seats opened = new Seats(forum.getDetails().capacity(), 0, List.of());
        return writer.insert(new NewForumDocument(forum.getId(), null, forum, opened), List.of())
                .map(saved -> new StoredForum(saved.forum(), saved.version()));
    }

    @Override
    public Mono<StoredForum> update(StoredForum stored, List<? extends DomainEvent> events) {
        return writer.update(new ForumDocument(stored.forum().getId(), stored.version(), stored.forum()), events)
                .map(MongoForumStore::stored);
    }

    @Override
    public Mono<StoredForum> find(String id) {
        return mongo.findOne(read(Query.query(Criteria.where("_id").is(id))), ForumDocument.class)
                .map(MongoForumStore::stored);
    }

    @Override
    public Flux<String> publishedIds() {
        Query query = Query.query(Criteria.where("forum.status").is(ForumStatus.PUBLISHED.name()));
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, COLLECTION).map(document -> document.getString("_id"));
    }

    @Override
    public Flux<Forum> list(ForumFilter filter, int page, int size) {
        Criteria criteria = filter.status() != null ? Criteria.where("forum.status").is(filter.status())
                : Criteria.where("forum.status").in(ForumStatus.PUBLISHED.name(), ForumStatus.CANCELLED.name());
        if (filter.organizerOrganizationId() != null) {
            criteria = criteria.and("forum.organizerOrganizationId").is(filter.organizerOrganizationId());
        }
        if (filter.country() != null) {
            criteria = criteria.and("forum.details.country").is(filter.country());
        }
        Query query = Query.query(criteria)
                .with(Sort.by(Sort.Order.asc("forum.details.startsOn"), Sort.Order.asc("_id")))
                .skip((long) page * size).limit(size);
        return mongo.find(read(query), ForumDocument.class).map(ForumDocument::forum);
    }

    @Override
    public Mono<Claim> arrive(String forumId, String registrationId, int seats) {
        Query fits = Query.query(Criteria.where("_id").is(forumId).and(LEFT).gte(seats).and(HOLDERS).ne(registrationId));
        Update seat = new Update().inc(LEFT, -seats).inc(ARRIVALS, 1).push(HOLDERS, registrationId);
        Update queue = new Update().inc(ARRIVALS, 1);
        return modify(fits, seat).map(ledger -> new Claim(ledger.arrivals(), true))
                .switchIfEmpty(Mono.defer(() -> modify(Query.query(Criteria.where("_id").is(forumId)), queue)
                        .map(ledger -> new Claim(ledger.arrivals(), ledger.holders().contains(registrationId)))));
    }

    @Override
    public Mono<Boolean> take(String forumId, String registrationId, int seats) {
        Query fits = Query.query(Criteria.where("_id").is(forumId).and(LEFT).gte(seats).and(HOLDERS).ne(registrationId));
        return changed(fits, new Update().inc(LEFT, -seats).push(HOLDERS, registrationId));
    }

    @Override
    public Mono<Boolean> release(String forumId, String registrationId, int seats) {
        Query holds = Query.query(Criteria.where("_id").is(forumId).and(HOLDERS).is(registrationId));
        return changed(holds, new Update().inc(LEFT, seats).pull(HOLDERS, registrationId));
    }

    @Override
    public Mono<Boolean> resize(String forumId, int delta) {
        Criteria criteria = Criteria.where("_id").is(forumId);
        if (delta < 0) {
            criteria = criteria.and(LEFT).gte(-delta);
        }
        return changed(Query.query(criteria), new Update().inc(LEFT, delta));
    }

    @Override
    public Mono<Integer> left(String forumId) {
        Query query = Query.query(Criteria.where("_id").is(forumId));
        query.fields().include("seats");
        return mongo.findOne(query, SeatsDocument.class).map(found -> found.seats().left());
    }

    @Override
    public Mono<List<String>> holders(String forumId) {
        Query query = Query.query(Criteria.where("_id").is(forumId));
        query.fields().include("seats");
        return mongo.findOne(query, SeatsDocument.class).map(found -> found.seats().holders());
    }

    private Mono<Seats> modify(Query query, Update update) {
        query.fields().include("seats");
        return mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), SeatsDocument.class)
                .map(SeatsDocument::seats);
    }

    private Mono<Boolean> changed(Query query, Update update) {
        return mongo.updateFirst(query, update, COLLECTION).map(result -> result.getModifiedCount() == 1);
    }


    private static Query read(Query query) {
        return Projections.aggregateOnly(query, "forum");
    }

    private static StoredForum stored(ForumDocument document) {
        return new StoredForum(document.forum(), document.version());
    }
}
