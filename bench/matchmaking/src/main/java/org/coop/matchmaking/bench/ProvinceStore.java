package org.coop.matchmaking.bench;

import com.mongodb.reactivestreams.client.MongoClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes generated aggregates into a service's database in their stored shape: each object goes
 * through Spring Data's mapping converter, as the service's AggregateWriter does, with the outbox
 * counters of an aggregate inserted without events (so no {@code _outbox} and no
 * {@code _outboxPendingSince}: the relays find nothing to send). Inserts go in batches, one
 * durable commit per batch.
 */
final class ProvinceStore implements AutoCloseable {

    /** Field names the platform's outbox keeps on every aggregate (platform/messaging OutboxEntry). */
    static final String OUTBOX_CLAIM = "_outboxClaim";
    static final String OUTBOX_APPENDS = "_outboxAppends";

    private static final int BATCH = 1_000;

    private final MongoClient client;
    private final Map<String, List<Document>> pending = new LinkedHashMap<>();
    private final Map<String, Long> written = new LinkedHashMap<>();
    private final Map<String, MongoConverter> converters = new LinkedHashMap<>();

    ProvinceStore(MongoClient client) {
        this.client = client;
    }

    /** Queues an aggregate for {@code database.collection}; written with the next full batch or {@link #flush()}. */
    void add(String database, String collection, Object aggregate) {
        Document document = new Document();
        converter(database).write(aggregate, document);
        document.put(OUTBOX_CLAIM, 0L);
        document.put(OUTBOX_APPENDS, 0L);
        addDocument(database, collection, document);
    }

    /** Queues a document as given (for fields the aggregate's class leaves out, such as a forum's seat ledger). */
    void addDocument(String database, String collection, Document document) {
        String key = database + "." + collection;
        List<Document> batch = pending.computeIfAbsent(key, ignored -> new ArrayList<>());
        batch.add(document);
        if (batch.size() >= BATCH) {
            write(key, batch);
        }
    }

    Document toDocument(String database, Object aggregate) {
        Document document = new Document();
        converter(database).write(aggregate, document);
        return document;
    }

    void flush() {
        pending.forEach(this::write);
    }

    Map<String, Long> written() {
        return written;
    }

    long count(String database, String collection) {
        return Mono.from(client.getDatabase(database).getCollection(collection).countDocuments()).block();
    }

    boolean exists(String database, String collection, String id) {
        return Mono.from(client.getDatabase(database).getCollection(collection)
                .find(new Document("_id", id)).first()).blockOptional().isPresent();
    }

    /** Whether the collection has an index besides {@code _id}. */
    boolean hasIndexes(String database, String collection) {
        return Flux.from(client.getDatabase(database).getCollection(collection).listIndexes()).count().block() > 1;
    }

    private void write(String key, List<Document> batch) {
        if (batch.isEmpty()) {
            return;
        }
        int dot = key.indexOf('.');
        Mono.from(client.getDatabase(key.substring(0, dot)).getCollection(key.substring(dot + 1))
                .insertMany(List.copyOf(batch))).block();
        written.merge(key, (long) batch.size(), Long::sum);
        batch.clear();
    }

    private MongoConverter converter(String database) {
        return converters.computeIfAbsent(database, name -> new ReactiveMongoTemplate(client, name).getConverter());
    }

    @Override
    public void close() {
        flush();
    }
}
