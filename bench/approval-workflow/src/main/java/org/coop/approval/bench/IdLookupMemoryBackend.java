package org.coop.approval.bench;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;

/**
 * mongo-java-server's in-memory backend, except that a query pinning {@code _id} to one value
 * (alone, beside other fields, or inside a top-level {@code $and}) reads that document through the
 * {@code _id} index and matches the rest of the query on it, as MongoDB does. Stock
 * mongo-java-server uses an index only when the query has exactly the index's keys, so the
 * outbox's lease queries ({@code _id} plus lease fields) and every version-guarded update scan the
 * whole collection: the benchmark would otherwise measure that scan, growing with every trip.
 */
final class IdLookupMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new MemoryDatabase(databaseName, getCursorRegistry()) {
            @Override
            protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
                return new IdLookupCollection(this, collectionName, options, cursorRegistry);
            }
        };
    }

    static final class IdLookupCollection extends MemoryCollection {

        IdLookupCollection(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
            super(database, name, options, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            Object id = idEquality(query);
            if (id != null) {
                Document byId = new Document("_id", id);
                for (Index<Integer> index : getIndexes()) {
                    if (index.canHandle(byId)) {
                        return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit, batchSize,
                                fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        /** The value {@code _id} must equal, if the query pins it (operators such as $in are left to the scan). */
        static Object idEquality(Document query) {
            Object id = query.get("_id");
            if (id != null && !(id instanceof Document)) {
                return id;
            }
            if (query.get("$and") instanceof List<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document part) {
                        Object inner = idEquality(part);
                        if (inner != null) {
                            return inner;
                        }
                    }
                }
            }
            return null;
        }
    }
}
