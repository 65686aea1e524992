package org.coop.platform.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

    @Test
    void aWriteWaitsForTheDiskUnlessItsWriteConcernWaivesTheJournal() {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.persistent(dir.resolve("concern.mv"), 0).start();
             MongoClient client = MongoClients.create(store.connectionString("demo"))) {
            MongoCollection<Document> things = client.getDatabase("demo").getCollection("things");
            things.insertOne(new Document("_id", "durable").append("n", 0));
            long afterDurableInsert = store.durableCommits();
            assertThat(afterDurableInsert).isPositive();

            MongoCollection<Document> relaxed = things.withWriteConcern(WriteConcern.W1.withJournal(false));
            relaxed.updateOne(Filters.eq("_id", "durable"), Updates.inc("n", 1));
            relaxed.findOneAndUpdate(Filters.eq("_id", "durable"), Updates.inc("n", 1));
            things.withWriteConcern(WriteConcern.UNACKNOWLEDGED).insertOne(new Document("_id", "fire-and-forget"));
            assertThat(store.durableCommits()).isEqualTo(afterDurableInsert);
            assertThat(things.find(Filters.eq("_id", "durable")).first().getInteger("n")).isEqualTo(2);

            things.updateOne(Filters.eq("_id", "durable"), Updates.inc("n", 1));
            assertThat(store.durableCommits()).isGreaterThan(afterDurableInsert);
        }
    }

    @Test
    void aLaterDurableWriteMakesTheEarlierRelaxedOnesDurable() {
        Path file = dir.resolve("prefix.mv");
        try (EmbeddedMongoStore store = EmbeddedMongoStore.persistent(file, 0).start();
             MongoClient client = MongoClients.create(store.connectionString("demo"))) {
            MongoCollection<Document> things = client.getDatabase("demo").getCollection("things");
            things.withWriteConcern(WriteConcern.W1.withJournal(false)).insertOne(new Document("_id", "relaxed"));
            things.insertOne(new Document("_id", "durable"));
            // no close: what is on the disk now is what a crash would leave
            try (EmbeddedMongoStore reader = EmbeddedMongoStore.persistent(copyOf(file), 0).start();
                 MongoClient readerClient = MongoClients.create(reader.connectionString("demo"))) {
                assertThat(readerClient.getDatabase("demo").getCollection("things").countDocuments()).isEqualTo(2);
            }
        }
    }

    private Path copyOf(Path file) {
        try {
            Path copy = dir.resolve("copy-of-" + file.getFileName());
            Files.copy(file, copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
