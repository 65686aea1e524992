package org.coop.approval.policy.adapter;

import java.time.Instant;
import org.coop.approval.policy.application.PolicyStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Policy versions in the {@code policies} collection, keyed by version (never overwritten). */
public class MongoPolicyStore implements PolicyStore {

    private final ReactiveMongoTemplate mongo;

    public MongoPolicyStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document("policies")
    record PolicyDocument(@Id String version, String yaml, Instant publishedAt, String publishedBy) {
    }

    @Override
    public Mono<Boolean> insertIfAbsent(StoredPolicy policy) {
        return mongo.insert(new PolicyDocument(policy.version(), policy.yaml(), policy.publishedAt(),
                        policy.publishedBy()))
                .thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false));
    }

    @Override
    public Mono<StoredPolicy> find(String version) {
        return mongo.findById(version, PolicyDocument.class).map(MongoPolicyStore::stored);
    }

    @Override
    public Mono<StoredPolicy> latest() {
        return mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "publishedAt")).limit(1),
                PolicyDocument.class).map(MongoPolicyStore::stored);
    }

    @Override
    public Flux<StoredPolicy> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "publishedAt")), PolicyDocument.class)
                .map(MongoPolicyStore::stored);
    }

    private static StoredPolicy stored(PolicyDocument document) {
        return new StoredPolicy(document.version(), document.yaml(), document.publishedAt(), document.publishedBy());
    }
}
