package org.coop.platform.messaging;

import java.time.Duration;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * Indexes of the outbox collections. {@code outbox_pending} (sparse, on the pending marker) lets
 * the sweep find work without a scan on MongoDB. The two equality indexes are for the embedded
 * Mongo-wire store (mongo-java-server), which answers a query from an index only when the query
 * names exactly the index's fields with plain values: with them, version-guarded writes
 * ({@code _id}, {@code version}) and relay compare-and-sets ({@code _id}, {@code _outboxClaim},
 * and with {@code _outboxAppends}; the relay's one-write claim, {@code _id} with no {@code _outboxLease}) are lookups instead of collection scans. MongoDB serves both from {@code _id} and needs neither.
 */
public final class OutboxIndexes {

    private OutboxIndexes() {
    }

    public static void ensure(ReactiveMongoTemplate mongo, List<String> collections, boolean equalityIndexes) {
        for (String collection : collections) {
            var indexes = mongo.indexOps(collection);
            indexes.createIndex(new Index(OutboxEntry.PENDING_SINCE, Sort.Direction.ASC).sparse()
                    .named("outbox_pending")).block(Duration.ofSeconds(30));
            if (equalityIndexes) {
                indexes.createIndex(new Index("_id", Sort.Direction.ASC).on(AggregateWriter.VERSION_FIELD,
                        Sort.Direction.ASC).unique().named("id_version")).block(Duration.ofSeconds(30));
                indexes.createIndex(new Index("_id", Sort.Direction.ASC).on(OutboxEntry.CLAIM,
                        Sort.Direction.ASC).unique().named("id_outbox_claim")).block(Duration.ofSeconds(30));
                indexes.createIndex(new Index("_id", Sort.Direction.ASC).on(OutboxEntry.CLAIM, Sort.Direction.ASC)
                        .on(OutboxEntry.APPENDS, Sort.Direction.ASC).unique().named("id_outbox_claim_appends"))
                        .block(Duration.ofSeconds(30));
                indexes.createIndex(new Index("_id", Sort.Direction.ASC).on(OutboxEntry.LEASE, Sort.Direction.ASC)
                        .unique().named("id_outbox_lease")).block(Duration.ofSeconds(30));
            }
        }
    }
}
