package org.coop.platform.infra;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An H2 collection whose queries (finds, counts, updates, deletes, find-and-modify) are answered
 * from an index when {@link QueryPlanner} finds one, instead of mongo-java-server's scan of every
 * document unless the query names exactly a unique index's fields. A query no index serves is
 * still answered by a scan, and its shape is logged once so the missing index can be declared.
 */
final class IndexedH2Collection extends H2Collection {

    private static final Logger log = LoggerFactory.getLogger(IndexedH2Collection.class);
    private static final Set<String> LOGGED_SCANS = ConcurrentHashMap.newKeySet();
    private static final List<String> FILLED_INDEXES = new java.util.concurrent.CopyOnWriteArrayList<>();

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        int needed = limit > 0 ? numberToSkip + limit : 0;
        Optional<QueryPlanner.Plan> plan = QueryPlanner.plan(query, orderBy, needed, getIndexes());
        if (plan.isEmpty()) {
            logScan(query, orderBy);
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        Comparator<Document> sort = deriveComparator(orderBy);
        return matchDocumentsFromStream(query, candidates(plan.get(), sort), numberToSkip, limit, batchSize,
                plan.get().ordered() ? null : sort, fieldSelector);
    }

    /**
     * The documents a plan names. An {@code $or}'s branches are united without repeats; when each
     * comes in the sort order they are merged in that order (MongoDB's SORT_MERGE), so a limit
     * still stops the reading early.
     */
    private Stream<Document> candidates(QueryPlanner.Plan plan, Comparator<Document> sort) {
        if (!plan.isUnion()) {
            return documents(plan.positions().get());
        }
        Set<Object> seen = new HashSet<>();
        if (!plan.ordered()) {
            return plan.branches().stream().flatMap(branch -> branch.positions().get())
                    .filter(seen::add).map(this::getDocument).filter(Objects::nonNull);
        }
        List<Iterator<Document>> branches = plan.branches().stream()
                .map(branch -> documents(branch.positions().get()).iterator()).toList();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(
                new SortedMerge(branches, sort), Spliterator.ORDERED), false)
                .filter(document -> seen.add(document.get("_id")));
    }

    private Stream<Document> documents(Stream<Object> positions) {
        return positions.map(this::getDocument).filter(Objects::nonNull);
    }

    /** Takes, from streams each already in sort order, the smallest head each time. */
    private static final class SortedMerge implements Iterator<Document> {
        private final PriorityQueue<Head> heads;

        private record Head(Document document, Iterator<Document> rest) {
        }

        SortedMerge(List<Iterator<Document>> branches, Comparator<Document> sort) {
            this.heads = new PriorityQueue<>(Math.max(1, branches.size()), (a, b) -> sort.compare(a.document, b.document));
            branches.forEach(this::advance);
        }

        private void advance(Iterator<Document> branch) {
            if (branch.hasNext()) {
                heads.add(new Head(branch.next(), branch));
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public Document next() {
            Head head = heads.poll();
            if (head == null) {
                throw new java.util.NoSuchElementException();
            }
            advance(head.rest);
            return head.document;
        }
    }

    /**
     * mongo-java-server fills an index that is empty when it is added from every document of the
     * collection. That is right for a new index over existing documents and costly when it is not
     * needed (see {@link SecondaryIndex#isEmpty()}): each fill is logged with its size and noted.
     */
    @Override
    public void addIndex(Index<Object> index) {
        boolean fills = index.isEmpty() && !isEmpty()
                && getIndexes().stream().noneMatch(existing -> existing.getName().equals(index.getName()));
        if (fills) {
            FILLED_INDEXES.add(getFullName() + " " + index.getName());
            log.info("filling index {} of {} from its {} documents", index.getName(), getFullName(), count());
        }
        super.addIndex(index);
    }

    /** The indexes filled from their collection's documents so far, as "namespace index" (for tests). */
    static List<String> filledIndexes() {
        return List.copyOf(FILLED_INDEXES);
    }

    /**
     * An aggregation reads every document of its collection (mongo-java-server applies even a
     * leading {@code $match} to each): logged once per collection, as a scan is, and noted as
     * "namespace aggregate" among the scanned shapes.
     */
    static void aggregationReadsEverything(String namespace) {
        if (!namespace.contains(".system.") && LOGGED_SCANS.add(namespace + " aggregate")) {
            log.info("an aggregation over {} reads every document of the collection (logged once per collection)",
                    namespace);
        }
    }

    /** The query shapes that were answered by a scan so far, as "namespace shape" (for tests). */
    static Set<String> scannedShapes() {
        return Set.copyOf(LOGGED_SCANS);
    }

    private void logScan(Document query, Document orderBy) {
        boolean selective = (query != null && !query.isEmpty()) || (orderBy != null && !orderBy.isEmpty());
        if (selective && !getCollectionName().startsWith("system.")
                && LOGGED_SCANS.add(getFullName() + " " + QueryPlanner.shape(query, orderBy))) {
            log.info("no index serves {} {}: it reads every document of the collection (logged once per shape)",
                    getFullName(), QueryPlanner.shape(query, orderBy));
        }
    }
}
