package org.coop.platform.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's indexes answer exactly as a scan would. Every query runs twice: on a
 * collection with the indexes the services declare and on a copy without any (mongo-java-server's
 * own scan and matcher), over the same documents, which hold what real data holds: missing fields,
 * nulls, numbers of several types, dates, arrays, nested documents. The shapes are the services'
 * (equality prefixes, $in, ranges, sorts with a limit, $and) plus random combinations of them.
 */
class EmbeddedStoreIndexTest {

    private static final List<String> ORGS = List.of("org-a", "org-b", "org-c", "org-d");
    private static final List<String> STATUSES = List.of("OPEN", "MATCHED", "CLOSED");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;
    private EmbeddedMongoStore store;
    private MongoClient client;
    private MongoCollection<Document> indexed;
    private MongoCollection<Document> plain;
    private final Random random = new Random(20261202);

    @BeforeEach
    void fillAStoreInMemory() {
        fill(EmbeddedMongoStore.inMemory(0).start());
    }

    private void fill(EmbeddedMongoStore started) {
        store = started;
        client = MongoClients.create(store.connectionString("indexes"));
        MongoDatabase database = client.getDatabase("indexes");
        indexed = database.getCollection("things");
        plain = database.getCollection("things_without_indexes");
        declareIndexes(indexed);
        for (int i = 0; i < 600; i++) {
            Document document = randomDocument(i);
            indexed.insertOne(document);
            plain.insertOne(Document.parse(document.toJson()));
        }
        // some changes after the first build of every index
        for (int i = 0; i < 120; i++) {
            Bson which = Filters.eq("_id", "thing-" + random.nextInt(600));
            Bson change = switch (i % 4) {
                case 0 -> Updates.set("status", pick(STATUSES));
                case 1 -> Updates.unset("createdAt");
                case 2 -> Updates.set("tags", List.of("t" + random.nextInt(5)));
                default -> Updates.set("score", random.nextInt(100));
            };
            indexed.updateOne(which, change);
            plain.updateOne(which, change);
        }
        for (int i = 0; i < 40; i++) {
            Bson which = Filters.eq("_id", "thing-" + random.nextInt(600));
            indexed.deleteOne(which);
            plain.deleteOne(which);
        }
    }

    @AfterEach
    void close() {
        client.close();
        store.close();
    }

    private static void declareIndexes(MongoCollection<Document> collection) {
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("organizationId"), Indexes.descending("createdAt")));
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.ascending("kinds")));
        collection.createIndex(Indexes.ascending("tags"));
        collection.createIndex(Indexes.ascending("nested.due"));
        collection.createIndex(Indexes.descending("score"));
        collection.createIndex(Indexes.ascending("pendingSince"), new IndexOptions().sparse(true));
        collection.createIndex(Indexes.ascending("liveKey"), new IndexOptions().unique(true).sparse(true));
    }

    private Document randomDocument(int i) {
        Document document = new Document("_id", "thing-" + i);
        if (random.nextInt(10) > 0) {
            document.append("organizationId", pick(ORGS));
        }
        document.append("status", random.nextInt(12) == 0 ? null : pick(STATUSES));
        if (random.nextInt(8) > 0) {
            document.append("createdAt", java.util.Date.from(T0.plusSeconds(random.nextInt(100_000))));
        }
        int kinds = random.nextInt(3);
        List<String> kindList = new ArrayList<>();
        for (int k = 0; k < kinds; k++) {
            kindList.add(pick(List.of("ENTERPRISE", "INSTITUTION", "COLLEGE")));
        }
        document.append("kinds", kindList.isEmpty() && random.nextBoolean() ? "ENTERPRISE" : kindList);
        document.append("tags", random.nextInt(6) == 0 ? List.of() : List.of("t" + random.nextInt(5), "t" + random.nextInt(5)));
        Object score = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(100);
            case 1 -> (long) random.nextInt(100);
            case 2 -> random.nextInt(100) + 0.5;
            default -> null;
        };
        if (score != null) {
            document.append("score", score);
        }
        if (random.nextBoolean()) {
            document.append("nested", new Document("due", java.util.Date.from(T0.plusSeconds(random.nextInt(50_000)))));
        }
        if (random.nextInt(4) == 0) {
            document.append("pendingSince", java.util.Date.from(T0.plusSeconds(random.nextInt(1_000))));
        }
        if (random.nextInt(3) == 0) {
            document.append("liveKey", "live-" + i);
        }
        return document;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @Test
    void theServicesQueryShapesAnswerAsAScanWouldAndUseAnIndex() {
        java.util.Date middle = java.util.Date.from(T0.plusSeconds(50_000));
        List<Query> queries = List.of(
                new Query(Filters.eq("organizationId", "org-a"), Sorts.descending("createdAt"), 20, 0),
                new Query(Filters.eq("organizationId", "org-b"), Sorts.descending("createdAt"), 20, 20),
                new Query(Filters.eq("organizationId", "org-c"), Sorts.ascending("createdAt"), 0, 0),
                new Query(Filters.and(Filters.eq("organizationId", "org-a"), Filters.lt("createdAt", middle)),
                        Sorts.descending("createdAt"), 10, 0),
                new Query(Filters.in("organizationId", "org-a", "org-d"), Sorts.descending("createdAt"), 15, 0),
                new Query(Filters.eq("status", "OPEN"), null, 0, 0),
                new Query(Filters.and(Filters.eq("status", "OPEN"), Filters.eq("kinds", "ENTERPRISE")), null, 0, 0),
                new Query(Filters.eq("status", null), null, 0, 0),
                new Query(Filters.eq("tags", "t3"), Sorts.ascending("_id"), 0, 0),
                new Query(Filters.in("tags", "t1", "t2"), null, 0, 0),
                new Query(Filters.lte("nested.due", middle), Sorts.ascending("nested.due"), 25, 0),
                new Query(Filters.gt("score", 50), Sorts.descending("score"), 10, 0),
                new Query(Filters.and(Filters.gte("score", 20), Filters.lt("score", 30.5)), null, 0, 0),
                new Query(Filters.lte("pendingSince", java.util.Date.from(T0.plusSeconds(500))),
                        Sorts.ascending("pendingSince"), 50, 0),
                new Query(Filters.eq("liveKey", "live-3"), null, 0, 0),
                new Query(Filters.and(Filters.eq("_id", "thing-7"), Filters.eq("status", "OPEN")), null, 0, 0),
                new Query(new Document(), Sorts.descending("score"), 5, 0),
                // the relay's sweep: a sparse index holds exactly the documents that have the field
                new Query(Filters.and(Filters.exists("pendingSince"), Filters.or(Filters.eq("status", null),
                        Filters.lt("score", 50))), Sorts.ascending("pendingSince"), 20, 0),
                // an officer's list: theirs or their province's, merged in the sort order
                new Query(Filters.or(Filters.eq("organizationId", "org-a"), Filters.eq("organizationId", "org-b")),
                        Sorts.descending("createdAt"), 20, 5),
                new Query(Filters.or(Filters.eq("organizationId", "org-c"), Filters.eq("status", "CLOSED")),
                        Sorts.descending("createdAt"), 10, 0));
        for (Query query : queries) {
            assertThat(run(indexed, query)).as(query.toString()).containsExactlyElementsOf(run(plain, query));
        }
        assertThat(IndexedH2Collection.scannedShapes()).as("shapes read by a scan of the indexed collection")
                .noneMatch(shape -> shape.startsWith("indexes.things "));
    }

    @Test
    void randomCombinationsOfConditionsAnswerAsAScanWould() {
        for (int i = 0; i < 300; i++) {
            List<Bson> conditions = new ArrayList<>();
            if (random.nextBoolean()) {
                conditions.add(random.nextBoolean() ? Filters.eq("organizationId", pick(ORGS))
                        : Filters.in("organizationId", pick(ORGS), pick(ORGS)));
            }
            if (random.nextInt(3) == 0) {
                conditions.add(Filters.eq("status", random.nextInt(5) == 0 ? null : pick(STATUSES)));
            }
            if (random.nextInt(3) == 0) {
                java.util.Date at = java.util.Date.from(T0.plusSeconds(random.nextInt(100_000)));
                conditions.add(random.nextBoolean() ? Filters.gte("createdAt", at) : Filters.lt("createdAt", at));
            }
            if (random.nextInt(4) == 0) {
                conditions.add(Filters.eq("tags", "t" + random.nextInt(5)));
            }
            if (random.nextInt(4) == 0) {
                conditions.add(random.nextBoolean() ? Filters.gt("score", random.nextInt(100))
                        : Filters.lte("score", (long) random.nextInt(100)));
            }
            if (random.nextInt(5) == 0) {
                conditions.add(Filters.ne("status", pick(STATUSES)));
            }
            if (random.nextInt(4) == 0) {
                conditions.add(Filters.or(Filters.eq("organizationId", pick(ORGS)),
                        random.nextBoolean() ? Filters.eq("tags", "t" + random.nextInt(5))
                                : Filters.eq("organizationId", pick(ORGS))));
            }
            if (random.nextInt(6) == 0) {
                conditions.add(Filters.exists("pendingSince"));
            }
            Bson filter = conditions.isEmpty() ? new Document() : Filters.and(conditions);
            Bson sort = switch (random.nextInt(5)) {
                case 0 -> Sorts.descending("createdAt");
                case 1 -> Sorts.ascending("createdAt");
                case 2 -> Sorts.descending("score");
                case 3 -> Sorts.orderBy(Sorts.ascending("status"), Sorts.ascending("_id"));
                default -> null;
            };
            // a limit or a skip without a sort takes documents in no promised order: only with a sort
            boolean paged = sort != null && random.nextInt(3) > 0;
            Query query = new Query(filter, sort, paged ? 1 + random.nextInt(30) : 0,
                    paged && random.nextInt(3) == 0 ? random.nextInt(10) : 0);
            assertThat(run(indexed, query)).as(query.toString()).containsExactlyElementsOf(run(plain, query));
        }
    }

    @Test
    void indexesSurviveARestartAndAreBuiltForIndexesDeclaredOnExistingData() {
        client.close();
        store.close();
        fill(EmbeddedMongoStore.persistent(dir.resolve("store.mv"), 0).start());
        client.close();
        store.close();
        store = EmbeddedMongoStore.persistent(dir.resolve("store.mv"), 0).start();
        client = MongoClients.create(store.connectionString("indexes"));
        indexed = client.getDatabase("indexes").getCollection("things");
        plain = client.getDatabase("indexes").getCollection("things_without_indexes");
        Query byOrganization = new Query(Filters.eq("organizationId", "org-b"), Sorts.descending("createdAt"), 0, 0);
        assertThat(run(indexed, byOrganization)).isEqualTo(run(plain, byOrganization));

        // an index declared on a collection that already holds documents is built from them
        plain.createIndex(Indexes.ascending("status"));
        Query byStatus = new Query(Filters.eq("status", "MATCHED"), Sorts.ascending("_id"), 0, 0);
        assertThat(run(plain, byStatus)).isEqualTo(run(indexed, byStatus)).isNotEmpty();
    }

    @Test
    void anIndexThatIsEmptyBecauseNoDocumentHasItsFieldIsNotFilledAgainAtEveryStart() {
        client.close();
        store.close();
        fill(EmbeddedMongoStore.persistent(dir.resolve("sparse.mv"), 0).start());
        // like the outbox's pendingSince when nothing waits to be sent
        indexed.createIndex(Indexes.ascending("waitingSince"), new IndexOptions().sparse(true));
        reopen("sparse.mv");
        List<String> filledBefore = IndexedH2Collection.filledIndexes();
        reopen("sparse.mv");
        assertThat(IndexedH2Collection.filledIndexes()).as("indexes filled from the documents at the second start")
                .isEqualTo(filledBefore);

        // and it still serves: a document that gets the field is found by it
        indexed.updateOne(Filters.eq("_id", "thing-5"), Updates.set("waitingSince", java.util.Date.from(T0)));
        assertThat(indexed.find(Filters.exists("waitingSince")).map(document -> document.getString("_id"))
                .into(new ArrayList<>())).containsExactly("thing-5");
        assertThat(IndexedH2Collection.scannedShapes()).noneMatch(shape -> shape.startsWith("indexes.things {$and=[{waitingSince"));
    }

    private void reopen(String file) {
        client.close();
        store.close();
        store = EmbeddedMongoStore.persistent(dir.resolve(file), 0).start();
        client = MongoClients.create(store.connectionString("indexes"));
        indexed = client.getDatabase("indexes").getCollection("things");
        plain = client.getDatabase("indexes").getCollection("things_without_indexes");
    }

    @Test
    void countsUpdatesAndDeletesGoThroughTheIndexesToo() {
        // countDocuments is an aggregation on the wire; the store answers it as a query, so the oracle
        // here is the client counting what find returns
        List<Bson> filters = new ArrayList<>(List.of(new Document(), Filters.eq("status", "OPEN"),
                Filters.and(Filters.eq("status", "OPEN"), Filters.gt("score", 40)), Filters.eq("organizationId", "nobody")));
        ORGS.forEach(organization -> filters.add(Filters.eq("organizationId", organization)));
        for (Bson filter : filters) {
            assertThat(indexed.countDocuments(filter)).as(filter.toString()).isEqualTo(counted(indexed.find(filter)))
                    .isEqualTo(plain.countDocuments(filter));
            CountOptions page = new CountOptions().skip(7).limit(20);
            assertThat(indexed.countDocuments(filter, page)).as(filter + " skip 7 limit 20")
                    .isEqualTo(counted(indexed.find(filter).skip(7).limit(20)));
        }
        assertThat(IndexedH2Collection.scannedShapes()).as("collections read whole by an aggregation")
                .doesNotContain("indexes.things aggregate", "indexes.things_without_indexes aggregate");
        // any other aggregation still runs as mongo-java-server runs it
        assertThat(indexed.aggregate(List.of(Aggregates.match(Filters.eq("status", "OPEN")),
                Aggregates.group("$organizationId", Accumulators.sum("n", 1)))).into(new ArrayList<>()))
                .extracting(group -> group.getInteger("n")).asInstanceOf(InstanceOfAssertFactories.list(Integer.class))
                .satisfies(counts -> assertThat(counts.stream().mapToLong(Integer::longValue).sum())
                        .isEqualTo(indexed.countDocuments(Filters.eq("status", "OPEN"))));
        assertThat(IndexedH2Collection.scannedShapes()).contains("indexes.things aggregate");
        Consumer<MongoCollection<Document>> change = collection -> {
            collection.updateMany(Filters.eq("tags", "t1"), Updates.set("status", "CLOSED"));
            collection.deleteMany(Filters.and(Filters.eq("organizationId", "org-c"), Filters.gt("score", 70)));
        };
        change.accept(indexed);
        change.accept(plain);
        Query all = new Query(new Document(), Sorts.ascending("_id"), 0, 0);
        assertThat(run(indexed, all)).isEqualTo(run(plain, all));
        Query closed = new Query(Filters.eq("status", "CLOSED"), Sorts.ascending("_id"), 0, 0);
        assertThat(run(indexed, closed)).isEqualTo(run(plain, closed));
    }

    private static long counted(FindIterable<Document> found) {
        long count = 0;
        for (Document ignored : found) {
            count++;
        }
        return count;
    }

    private static List<String> run(MongoCollection<Document> collection, Query query) {
        FindIterable<Document> found = collection.find(query.filter());
        if (query.sort() != null) {
            found = found.sort(withTieBreaker(query.sort()));
        }
        if (query.limit() > 0) {
            found = found.limit(query.limit());
        }
        if (query.skip() > 0) {
            found = found.skip(query.skip());
        }
        List<String> ids = new ArrayList<>();
        found.forEach(document -> ids.add(document.getString("_id")));
        if (query.sort() == null) {
            // without a sort MongoDB promises no order: compare the sets
            ids.sort(String::compareTo);
        }
        return ids;
    }

    /** Equal sort keys leave the order open; _id (in the last key's direction) closes it for the comparison. */
    private static Bson withTieBreaker(Bson sort) {
        org.bson.BsonDocument keys = sort.toBsonDocument();
        if (keys.containsKey("_id")) {
            return sort;
        }
        int direction = keys.isEmpty() ? 1 : keys.get(lastKey(keys)).asNumber().intValue();
        return Sorts.orderBy(sort, direction < 0 ? Sorts.descending("_id") : Sorts.ascending("_id"));
    }

    private static String lastKey(org.bson.BsonDocument keys) {
        String last = null;
        for (String key : keys.keySet()) {
            last = key;
        }
        return last;
    }

    private record Query(Bson filter, Bson sort, int limit, int skip) {
        @Override
        public String toString() {
            return filter.toBsonDocument().toJson() + (sort == null ? "" : " sort " + sort.toBsonDocument().toJson())
                    + " limit " + limit + " skip " + skip;
        }
    }
}
