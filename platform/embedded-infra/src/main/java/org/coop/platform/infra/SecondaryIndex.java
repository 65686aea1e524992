package org.coop.platform.infra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import org.h2.mvstore.MVMap;

/**
 * A non-unique index (single field or compound, ascending or descending, sparse or not, over
 * arrays one key per element) kept in an MVStore map of {@link IndexEntry} keys. mongo-java-server
 * accepts such indexes but ignores them ("not yet implemented"); this one is maintained on every
 * insert, update and delete under the collection's lock, and read by {@link QueryPlanner}.
 *
 * <p>Positions are the documents' {@code _id} values, as in the H2 backend's collections.
 */
final class SecondaryIndex extends Index<Object> {

    private static final String MULTIKEY = "multikey";
    private static final String BUILT = "built";

    private final MVMap<IndexEntry, Boolean> entries;
    /** Small facts about the index kept beside it; "multikey" once any document gave it an array. */
    private final MVMap<String, Object> facts;

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse, MVMap<IndexEntry, Boolean> entries,
                   MVMap<String, Object> facts) {
        super(name, keys, sparse);
        this.entries = entries;
        this.facts = facts;
    }

    /**
     * mongo-java-server rebuilds an index from every document of its collection whenever the index
     * is empty when the collection opens. A sparse index over a field few documents have (the
     * outbox's {@code pendingSince}, empty whenever nothing waits to be sent) is empty at almost
     * every start: the province-year stack read its 233,000 matches again for it each time, about
     * a minute of the start. Once built, an empty index is known to be complete.
     */
    @Override
    public boolean isEmpty() {
        return !Boolean.TRUE.equals(facts.get(BUILT)) && entries.isEmpty();
    }

    /** Called once the collection that opened this index has filled it: from now on it is complete. */
    void built() {
        if (!Boolean.TRUE.equals(facts.get(BUILT))) {
            facts.put(BUILT, Boolean.TRUE);
        }
    }

    /** True once a document held an array in an indexed field: then the index order is not a sort order. */
    boolean isMultikey() {
        return Boolean.TRUE.equals(facts.get(MULTIKEY));
    }

    boolean sparse() {
        return isSparse();
    }

    /** The entries from {@code from} to {@code to} (both inclusive bounds), ascending or descending. */
    Iterator<IndexEntry> range(IndexEntry from, IndexEntry to, boolean descending) {
        return descending ? entries.cursor(to, from, true) : entries.cursor(from, to, false);
    }

    @Override
    public Object getPosition(Document document) {
        if (isSparse() && hasNoValueForKeys(document)) {
            return null;
        }
        return positionOf(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // no uniqueness to check; computing the keys refuses parallel arrays as MongoDB does
        keysOf(document);
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        if (isSparse() && hasNoValueForKeys(document)) {
            return;
        }
        if (!isMultikey() && keys().stream().anyMatch(key -> valueAt(document, key) instanceof Collection)) {
            facts.put(MULTIKEY, Boolean.TRUE);
        }
        for (Object[] key : keysOf(document)) {
            entries.put(new IndexEntry(key, position), Boolean.TRUE);
        }
    }

    @Override
    public Object remove(Document document) {
        if (isSparse() && hasNoValueForKeys(document)) {
            return null;
        }
        Object position = positionOf(document);
        for (Object[] key : keysOf(document)) {
            entries.remove(new IndexEntry(key, position));
        }
        return position;
    }

    @Override
    public boolean canHandle(Document query) {
        // queries reach this index through QueryPlanner, never through mongo-java-server's own lookup
        return false;
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        throw new UnsupportedOperationException("read through QueryPlanner");
    }

    @Override
    public long getCount() {
        return entries.sizeAsLong();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        keysOf(newDocument);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) {
        if (sameKeys(keysOf(oldDocument), keysOf(newDocument))
                && (hasNoValueForKeys(oldDocument) == hasNoValueForKeys(newDocument))) {
            return;
        }
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    @Override
    public void drop() {
        entries.clear();
        facts.clear();
    }

    /**
     * The document's keys: one per element of the (at most one) array among the indexed fields, as
     * mongo-java-server computes them, except that an empty array is one key of its own (MongoDB
     * indexes it too) instead of none: a document must stay findable by the index's other fields.
     */
    private List<Object[]> keysOf(Document document) {
        List<String> paths = keys();
        Object[] values = new Object[paths.size()];
        int arrayAt = -1;
        for (int i = 0; i < values.length; i++) {
            Object value = IndexValues.normalize(valueAt(document, paths.get(i)));
            if (value instanceof Collection<?> elements && !elements.isEmpty()) {
                if (arrayAt >= 0) {
                    getKeyValues(document); // throws MongoDB's "cannot index parallel arrays"
                }
                arrayAt = i;
            }
            values[i] = value;
        }
        if (arrayAt < 0) {
            return List.<Object[]>of(values);
        }
        List<Object[]> keys = new ArrayList<>();
        for (Object element : new LinkedHashSet<>((Collection<?>) values[arrayAt])) {
            Object[] key = values.clone();
            key[arrayAt] = element;
            keys.add(key);
        }
        return keys;
    }

    private static boolean sameKeys(List<Object[]> a, List<Object[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!java.util.Arrays.deepEquals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Sparse means "documents that lack every indexed field are left out"; a null is a value. */
    /**
     * A sparse index leaves out a document none of whose indexed fields exists, as MongoDB does. A
     * path through an array exists only if some element has the rest of it: with
     * {@code brokerActions: []}, {@code brokerActions.brokerUserId} does not exist (the collection-
     * aware lookup answers an empty list there, which had put every match in the brokered index).
     */
    private boolean hasNoValueForKeys(Document document) {
        return keys().stream().noneMatch(key -> exists(document, key.split("\\."), 0));
    }

    private static boolean exists(Object value, String[] path, int at) {
        if (at == path.length) {
            return true;
        }
        if (value instanceof Document document) {
            return document.containsKey(path[at]) && exists(document.get(path[at]), path, at + 1);
        }
        if (value instanceof List<?> elements) {
            if (!path[at].isEmpty() && path[at].length() < 9 && path[at].chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(path[at]);
                if (index < elements.size() && exists(elements.get(index), path, at + 1)) {
                    return true;
                }
            }
            return elements.stream().anyMatch(element -> element instanceof Document && exists(element, path, at));
        }
        return false;
    }

    private static Object valueAt(Document document, String path) {
        return Utils.getSubdocumentValueCollectionAware(document, path);
    }

    private static Object positionOf(Document document) {
        return Missing.ofNullable(document.get("_id"));
    }
}
