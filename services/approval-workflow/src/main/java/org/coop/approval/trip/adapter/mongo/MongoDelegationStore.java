package org.coop.approval.trip.adapter.mongo;

import org.coop.approval.trip.application.DelegationStore;
import org.coop.approval.trip.domain.Delegation;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Delegations in the {@code delegations} collection (plain documents, no events). */
public class MongoDelegationStore implements DelegationStore {

    static final String COLLECTION = "delegations";

    private final ReactiveMongoTemplate mongo;

    public MongoDelegationStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Delegation> save(Delegation delegation) {
        return mongo.save(delegation, COLLECTION);
    }

    @Override
    public Mono<Delegation> find(String id) {
        return mongo.findById(id, Delegation.class, COLLECTION);
    }

    @Override
    public Flux<Delegation> toDelegate(String delegateUserId) {
        return mongo.find(Query.query(Criteria.where("delegateUserId").is(delegateUserId)
                .and("revokedAt").exists(false)), Delegation.class, COLLECTION);
    }

    @Override
    public Flux<Delegation> involving(String userId, String organizationId, int page, int size) {
        Query query = Query.query(Criteria.where("delegator.organizationId").is(organizationId)
                        .orOperator(Criteria.where("delegator.userId").is(userId),
                                Criteria.where("delegateUserId").is(userId)))
                .with(Sort.by(Sort.Direction.DESC, "createdAt"))
                .skip((long) page * size).limit(size);
        return mongo.find(query, Delegation.class, COLLECTION);
    }
}
