package org.coop.platform.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoStoreTest {

    @TempDir
    Path dir;

    @Test
    void aPersistentStoreKeepsDocumentsAcrossRestarts() {
        Path file = dir.resolve("store.mv");
        try (EmbeddedMongoStore store = EmbeddedMongoStore.persistent(file, 0).start();
             MongoClient client = MongoClients.create(store.connectionString("demo"))) {
            client.getDatabase("demo").getCollection("things").insertOne(new Document("_id", "kept"));
        }
        try (EmbeddedMongoStore store = EmbeddedMongoStore.persistent(file, 0).start();
             MongoClient client = MongoClients.create(store.connectionString("demo"))) {
            assertThat(client.getDatabase("demo").getCollection("things").countDocuments()).isEqualTo(1);
        }
    }
}
