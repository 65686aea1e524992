package org.coop.approval.trip.adapter.mongo;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coop.approval.trip.application.EvidenceStore;
import org.coop.approval.trip.domain.Evidence;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Mono;

/** The evidence replica: one document per fact, keyed {@code <kind>:<id>} (a replay overwrites it with itself). */
public class MongoEvidenceStore implements EvidenceStore {

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public MongoEvidenceStore(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Document("evidence")
    record EvidenceDocument(@Id String key, Evidence fact, String eventId, java.time.Instant recordedAt) {
    }

    @Override
    public Mono<Void> record(Evidence evidence, String eventId) {
        return mongo.save(new EvidenceDocument(evidence.key(), evidence, eventId, clock.instant())).then();
    }

    @Override
    public Mono<Map<String, Evidence>> findAll(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Mono.just(Map.of());
        }
        return mongo.find(Query.query(Criteria.where("_id").in(keys)), EvidenceDocument.class)
                .collectMap(EvidenceDocument::key, EvidenceDocument::fact)
                .map(found -> found.values().stream().collect(Collectors.toMap(Evidence::key, Function.identity())));
    }
}
