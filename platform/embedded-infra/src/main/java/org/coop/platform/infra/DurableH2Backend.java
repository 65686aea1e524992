package org.coop.platform.infra;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend that acknowledges a write only once it is on the disk.
 *
 * <p>The stock backend leaves committing to the MVStore's background writer, about once a second:
 * a write answered "ok" could vanish in a crash (issue 9: 13 of 68 acknowledged needs were gone
 * after {@code kill -9}). Here every command that may change data waits, before its answer is
 * sent, for a commit that covers it and an fsync ({@link GroupCommit}: writers arriving together
 * share one). Reads never wait. The background writer stays on for the MVStore's housekeeping
 * (chunk compaction); whatever it has queued is flushed before the fsync.
 *
 * <p>A write that asks not to wait for the journal ({@code writeConcern: {j: false}}, or
 * {@code w: 0}) is answered at once, as MongoDB answers it once the change is in memory. It
 * becomes durable with the next commit, which covers the whole store: a crash can lose only a
 * suffix of such writes, never one that an acknowledged durable write came after. The outbox
 * relay's leases and marks and the inbox's claims use it: losing one repeats work, it loses none
 * (docs/local-stack.md, "Durability").
 */
final class DurableH2Backend extends H2Backend {

    /** Commands that never change data (lower case); every other command waits for durability. */
    private static final Set<String> READS = Set.of(
            "find", "getmore", "count", "distinct", "listcollections", "listindexes", "listdatabases",
            "hello", "ismaster", "buildinfo", "ping", "serverstatus", "whatsmyuri", "killcursors",
            "endsessions", "dbstats", "collstats", "getlasterror", "getparameter", "connectionstatus",
            "hostinfo", "getcmdlineopts", "getlog", "explain", "getfreemonitoringstatus", "validate");

    private final MVStore store;
    private final GroupCommit groupCommit;

    DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
        this.groupCommit = new GroupCommit(this::commitAndSync);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        // called from H2Backend's constructor for the databases already in the file: read the store
        // through the getter, whose field is set by then
        return IndexedH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    static DurableH2Backend inFile(String fileName) {
        return new DurableH2Backend(new MVStore.Builder().fileName(fileName).open());
    }

    /** The same backend with nothing on disk: for tests, which then run on the same indexes and planner. */
    static DurableH2Backend withoutFile() {
        return new DurableH2Backend(new MVStore.Builder().open());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Optional<Document> count = CountDocuments.asCountCommand(command, query);
        if (count.isPresent()) {
            Document counted = whileVersionInUse(() -> super.handleCommand(channel, databaseName, "count", count.get()));
            return CountDocuments.asAggregateAnswer(databaseName, query, counted);
        }
        if ("aggregate".equalsIgnoreCase(command) && query.get("aggregate") instanceof String collection) {
            IndexedH2Collection.aggregationReadsEverything(databaseName + "." + collection);
        }
        Document answer = whileVersionInUse(() -> super.handleCommand(channel, databaseName, command, query));
        if (mayWrite(command, query) && wantsJournal(query)) {
            groupCommit.awaitDurable();
        }
        return answer;
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return whileVersionInUse(() -> super.handleQuery(query));
    }

    /**
     * Runs a command while the store knows its version is in use. A command reads the maps' roots
     * as they were when it began; without this, the MVStore's compaction could move the live pages
     * of a chunk that an old root still reaches and free that chunk once the retention time had
     * passed, and a long scan then failed with "Chunk N not found" (the province-year check, a
     * count over 233,000 matches on a store file with much garbage to compact). A registered
     * version keeps every chunk it reaches until the command ends. mongo-java-server gathers a
     * query's documents within the command (later batches come from memory), so no cursor
     * outlives it.
     */
    private <T> T whileVersionInUse(Supplier<T> command) {
        MVStore.TxCounter reading = store.registerVersionUsage();
        try {
            return command.get();
        } finally {
            store.deregisterVersionUsage(reading);
        }
    }

    static boolean mayWrite(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return writesOutput(query.get("pipeline"));
        }
        return !READS.contains(name);
    }

    /** False when the write concern waives the journal ({@code j: false}) or the answer ({@code w: 0}). */
    static boolean wantsJournal(Document query) {
        if (!(query.get("writeConcern") instanceof Document concern)) {
            return true;
        }
        boolean journalWaived = Boolean.FALSE.equals(concern.get("j"));
        boolean unacknowledged = concern.get("w") instanceof Number w && w.intValue() == 0;
        return !(journalWaived || unacknowledged);
    }

    private static boolean writesOutput(Object pipeline) {
        return pipeline instanceof List<?> stages && stages.stream()
                .anyMatch(stage -> stage instanceof Document document
                        && (document.containsKey("$out") || document.containsKey("$merge")));
    }

    private void commitAndSync() {
        store.commit();
        FileStore<?> file = store.getFileStore();
        if (file != null) {
            // the background writer may still hold a chunk it serialised before our commit found
            // nothing left to store: flush its queues, then force the file to the disk
            file.executeFileStoreOperation(file::sync);
        }
    }

    long commits() {
        return groupCommit.commits();
    }
}
