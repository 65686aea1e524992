package org.coop.platform.infra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * An H2 database whose collections use their indexes ({@link IndexedH2Collection}) and whose
 * non-unique indexes exist ({@link SecondaryIndex}) instead of being ignored. Maps are named as the
 * H2 backend names them, so existing data files open unchanged and dropping works as before; an
 * index declared before this class existed is built from the documents on first open.
 */
final class IndexedH2Database extends H2Database {

    /**
     * H2Database opens the existing collections and indexes inside its constructor, before a
     * subclass's fields are assigned: the store is handed to those calls through this variable.
     */
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private final MVStore store;

    private IndexedH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
        super(databaseName, store, cursors);
        this.store = store;
    }

    /** The indexes opened with the database: each has been filled from its documents once the constructor returns. */
    private static final ThreadLocal<List<SecondaryIndex>> OPENED = new ThreadLocal<>();

    static IndexedH2Database open(String databaseName, MVStore store, CursorRegistry cursors) {
        OPENING.set(store);
        OPENED.set(new ArrayList<>());
        try {
            IndexedH2Database database = new IndexedH2Database(databaseName, store, cursors);
            OPENED.get().forEach(SecondaryIndex::built);
            return database;
        } finally {
            OPENING.remove();
            OPENED.remove();
        }
    }

    private MVStore store() {
        return store != null ? store : OPENING.get();
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(collectionName);
        // the H2 backend's own map names ("databases." and "meta." prefixes), so data files stay compatible
        MVMap<Object, Document> dataMap = store().openMap("databases." + namespace,
                new MVMap.Builder<Object, Document>().valueType(StoredDocumentType.INSTANCE));
        MVMap<String, Object> metaMap = store().openMap("meta." + namespace);
        return new IndexedH2Collection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    /**
     * A unique index kept under a name of its own, with keys ordered as MongoDB orders values
     * ({@link UniqueKeyType}). The H2 backend's map of the same index, ordered by serialised bytes,
     * is dropped: the new map starts empty and the collection fills it from its documents.
     */
    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        String legacyName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        if (store().hasMap(legacyName)) {
            store().removeMap(legacyName);
        }
        MVMap<KeyValue, Object> entries = store().openMap(uniqueMapName(collectionName, indexName),
                new MVMap.Builder<KeyValue, Object>().keyType(UniqueKeyType.INSTANCE));
        return new UniqueIndex(indexName, keys, sparse, entries);
    }

    private String uniqueMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._unique_" + indexName;
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        MVMap<IndexEntry, Boolean> entries = store().openMap(mapName,
                new MVMap.Builder<IndexEntry, Boolean>().keyType(IndexEntry.Type.INSTANCE));
        MVMap<String, Object> facts = store().openMap(mapName + "._facts");
        SecondaryIndex index = new SecondaryIndex(indexName, keys, sparse, entries, facts);
        List<SecondaryIndex> opening = OPENED.get();
        if (opening != null) {
            opening.add(index);
        }
        // an index created later is filled by the createIndexes command itself; it is marked built
        // the next time the database opens (one more read of its collection at most)
        return index;
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        String facts = getFullCollectionNamespace(collection.getCollectionName()) + "._index_" + indexName + "._facts";
        if (store().hasMap(facts)) {
            store().removeMap(facts);
        }
        String unique = uniqueMapName(collection.getCollectionName(), indexName);
        if (store().hasMap(unique)) {
            store().removeMap(unique);
        }
    }
}
