package org.coop.platform.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long read while the file is compacted under it. The province-year check failed with "Chunk
 * 2657 not found": a full scan of a large collection still walked pages of a chunk that the
 * MVStore's compaction had moved and then freed, because nothing told the store a reader still
 * used that version. Here the retention time is zero (the default 45 s only makes the window
 * rarer) and compaction is forced while scans run, so every freed chunk is a chance for the race.
 */
class EmbeddedStoreReadRaceTest {

    private static final int DOCUMENTS = 3_000;

    @TempDir
    Path dir;

    @Test
    void aScanNeverLosesAChunkThatCompactionMovedUnderIt() throws Exception {
        MVStore mvStore = new MVStore.Builder().fileName(dir.resolve("race.mv").toString()).open();
        mvStore.setRetentionTime(0);
        DurableH2Backend backend = new DurableH2Backend(mvStore);
        backend.version(ServerVersion.MONGO_5_0);
        MongoServer server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", 0), 0, 8);
        String url = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/race";
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicLong scans = new AtomicLong();
        AtomicLong compactions = new AtomicLong();
        try (MongoClient client = MongoClients.create(url)) {
            MongoCollection<Document> things = client.getDatabase("race").getCollection("things");
            String payload = "x".repeat(600);
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                batch.add(new Document("_id", i).append("n", 0).append("payload", payload));
            }
            things.insertMany(batch);

            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> threads = new ArrayList<>();
            threads.add(started(() -> guard(failures, running, () -> {
                MongoCollection<Document> relaxed = things.withWriteConcern(WriteConcern.W1.withJournal(false));
                int id = ThreadLocalRandom.current().nextInt(DOCUMENTS);
                relaxed.updateOne(Filters.eq("_id", id), Updates.inc("n", 1));
            })));
            threads.add(started(() -> guard(failures, running, () -> {
                mvStore.commit();
                mvStore.compact(100, 1024 * 1024);
                compactions.incrementAndGet();
            })));
            for (int reader = 0; reader < 2; reader++) {
                threads.add(started(() -> guard(failures, running, () -> {
                    // not indexed: every document is read, in one command
                    assertThat(things.countDocuments(Filters.gte("n", 0))).isEqualTo(DOCUMENTS);
                    scans.incrementAndGet();
                })));
            }
            Instant until = Instant.now().plus(Duration.ofSeconds(6));
            while (Instant.now().isBefore(until) && failures.isEmpty()) {
                Thread.sleep(50);
            }
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
        } finally {
            server.shutdownNow();
            backend.close();
        }
        assertThat(failures).as("after %d scans and %d compactions", scans.get(), compactions.get()).isEmpty();
        assertThat(scans.get()).isPositive();
        assertThat(compactions.get()).isPositive();
    }

    private static Thread started(Runnable body) {
        Thread thread = new Thread(body);
        thread.start();
        return thread;
    }

    private static void guard(ConcurrentLinkedQueue<Throwable> failures, AtomicBoolean running, Runnable step) {
        while (running.get()) {
            try {
                step.run();
            } catch (Throwable failure) {
                failures.add(failure);
                return;
            }
        }
    }
}
