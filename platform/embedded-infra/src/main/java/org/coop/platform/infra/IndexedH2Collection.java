package org.coop.platform.infra;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
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
        Stream<Document> candidates = plan.get().positions().get().map(this::getDocument).filter(Objects::nonNull);
        return matchDocumentsFromStream(query, candidates, numberToSkip, limit, batchSize,
                plan.get().ordered() ? null : deriveComparator(orderBy), fieldSelector);
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
