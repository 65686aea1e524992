package org.coop.platform.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the store writes to its file: documents as BSON, unique index keys value by value in
 * MongoDB's order; and files written the H2 backend's way (Java serialisation) still open, read
 * and take writes.
 */
class StoredFormatTest {

    @TempDir
    Path dir;

    @Test
    void everyBsonTypeADocumentCanHoldReadsBackEqual() {
        Document document = new Document("_id", "d-1")
                .append("text", "Kunming 昆明 Hà Nội")
                .append("int", 7)
                .append("long", 1L << 40)
                .append("double", 2.5)
                .append("decimal", Decimal128.fromNumber(12.75))
                .append("flag", true)
                .append("nothing", null)
                .append("date", Instant.parse("2026-12-02T10:15:30.123Z"))
                .append("objectId", new ObjectId())
                .append("uuid", UUID.fromString("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"))
                .append("binary", new BinData(new byte[] {1, 2, 3}))
                .append("timestamp", new BsonTimestamp(42L))
                .append("list", new ArrayList<>(List.of("a", 1, new Document("nested", List.of()))))
                .append("document", new Document("a", new Document("b", 1.0)));

        Document read = roundTrip(document);

        assertThat(read).isEqualTo(document);
        assertThat(new ArrayList<>(read.keySet())).containsExactlyElementsOf(document.keySet());
        assertThat(read.get("int")).isInstanceOf(Integer.class);
        assertThat(read.get("long")).isInstanceOf(Long.class);
    }

    private static Document roundTrip(Document document) {
        WriteBuffer buffer = new WriteBuffer();
        StoredDocumentType.INSTANCE.write(buffer, document);
        StoredDocumentType.INSTANCE.write(buffer, new Document("_id", "next"));
        ByteBuffer written = buffer.getBuffer().flip();
        Document read = StoredDocumentType.INSTANCE.read(written);
        assertThat(StoredDocumentType.INSTANCE.read(written)).isEqualTo(new Document("_id", "next"));
        assertThat(written.hasRemaining()).isFalse();
        return read;
    }

    @Test
    void uniqueKeysAreOrderedAsMongoDbOrdersValuesAndEqualNumbersCollide() {
        UniqueKeyType keys = UniqueKeyType.INSTANCE;
        assertThat(keys.compare(new KeyValue(1), new KeyValue(1.0))).isZero();
        assertThat(keys.compare(new KeyValue(2), new KeyValue(10L))).isNegative();
        assertThat(keys.compare(new KeyValue("b"), new KeyValue(100))).isPositive();
        assertThat(keys.compare(new KeyValue("org-a", "n-2"), new KeyValue("org-a", "n-10"))).isPositive();
        assertThat(keys.compare(new KeyValue((Object) null), new KeyValue(0))).isNegative();

        MVStore store = new MVStore.Builder().open();
        MVMap<KeyValue, Object> map = store.openMap("unique",
                new MVMap.Builder<KeyValue, Object>().keyType(keys));
        map.put(new KeyValue("org-a", 3), "doc-1");
        map.put(new KeyValue(Instant.parse("2026-01-01T00:00:00Z")), "doc-2");
        assertThat(map.putIfAbsent(new KeyValue("org-a", 3.0), "doc-3")).isEqualTo("doc-1");
        WriteBuffer buffer = new WriteBuffer();
        KeyValue key = new KeyValue("org-a", 3, 4L, 2.5, true, null, new ObjectId(), UUID.randomUUID(),
                Instant.parse("2026-01-01T00:00:00.5Z"));
        keys.write(buffer, key);
        assertThat(keys.read(buffer.getBuffer().flip())).isEqualTo(key);
        store.close();
    }

    @Test
    void aFileWrittenByTheH2BackendOpensReadsAndTakesWrites() {
        Path file = dir.resolve("legacy.mv");
        // written as mongo-java-server's own H2 backend writes: Java-serialised documents and unique keys
        MongoServer legacy = new MongoServer(new H2Backend(new MVStore.Builder().fileName(file.toString()).open()));
        String legacyUrl = "mongodb://127.0.0.1:" + legacy.bind().getPort();
        try (MongoClient client = MongoClients.create(legacyUrl)) {
            MongoCollection<org.bson.Document> needs = client.getDatabase("coop").getCollection("needs");
            needs.createIndex(Indexes.ascending("organizationId", "ref"), new IndexOptions().unique(true));
            for (int i = 0; i < 300; i++) {
                needs.insertOne(new org.bson.Document("_id", "need-" + i).append("organizationId", "org-" + i % 3)
                        .append("ref", i).append("title", "Need " + i).append("tags", List.of("t" + i % 5)));
            }
        }
        legacy.shutdownNow();

        try (EmbeddedMongoStore store = EmbeddedMongoStore.persistent(file, 0).start();
             MongoClient client = MongoClients.create(store.connectionString("coop"))) {
            MongoCollection<org.bson.Document> needs = client.getDatabase("coop").getCollection("needs");
            assertThat(needs.countDocuments()).isEqualTo(300);
            assertThat(needs.find(Filters.eq("_id", "need-123")).first()).containsEntry("title", "Need 123");
            assertThat(needs.find(Filters.and(Filters.eq("organizationId", "org-1"), Filters.eq("ref", 124)))
                    .first()).containsEntry("_id", "need-124");
            assertThatThrownBy(() -> needs.insertOne(new org.bson.Document("_id", "need-7")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> needs.insertOne(new org.bson.Document("_id", "other")
                    .append("organizationId", "org-0").append("ref", 3.0)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            needs.updateOne(Filters.eq("_id", "need-5"), Updates.set("title", "Changed"));
            needs.insertOne(new org.bson.Document("_id", "need-300").append("organizationId", "org-0").append("ref", 300));
        }

        try (EmbeddedMongoStore store = EmbeddedMongoStore.persistent(file, 0).start();
             MongoClient client = MongoClients.create(store.connectionString("coop"))) {
            MongoCollection<org.bson.Document> needs = client.getDatabase("coop").getCollection("needs");
            assertThat(needs.countDocuments()).isEqualTo(301);
            assertThat(needs.find(Filters.eq("_id", "need-5")).first()).containsEntry("title", "Changed");
            assertThat(needs.find(Filters.eq("_id", "need-300")).first()).containsEntry("ref", 300);
            assertThat(needs.find(Filters.eq("tags", "t2")).into(new ArrayList<>())).hasSize(60);
            assertThatThrownBy(() -> needs.insertOne(new org.bson.Document("_id", "need-300")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        }
    }

    @Test
    void documentsAreStoredAsBson() {
        Path file = dir.resolve("new.mv");
        try (EmbeddedMongoStore store = EmbeddedMongoStore.persistent(file, 0).start();
             MongoClient client = MongoClients.create(store.connectionString("coop"))) {
            client.getDatabase("coop").getCollection("needs")
                    .insertOne(new org.bson.Document("_id", "need-1").append("title", "A need"));
        }
        MVStore raw = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            MVMap<Object, Document> data = raw.openMap("databases.coop.needs",
                    new MVMap.Builder<Object, Document>().valueType(StoredDocumentType.INSTANCE));
            assertThat(data.get("need-1")).containsEntry("title", "A need");
            assertThat(raw.hasMap("coop.needs._unique__id_")).isTrue();
            assertThat(raw.hasMap("coop.needs._index__id_")).isFalse();
        } finally {
            raw.close();
        }
    }
}
