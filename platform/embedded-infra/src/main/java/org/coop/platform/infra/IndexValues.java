package org.coop.platform.infra;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Values as a secondary index holds and compares them: MongoDB's order across types (null, numbers,
 * strings, documents, arrays, ..., dates) and, within a type, mongo-java-server's own
 * {@link ValueComparator}, so that what the index finds is what the store's query matcher accepts.
 * Adds the bounds a range scan needs: below or above everything, and below or above every value of
 * one type (MongoDB's "type bracketing": {@code {$lt: <date>}} never matches a number or null).
 */
final class IndexValues {

    /** A search bound, never stored: below or above every value, or every value of one type. */
    enum Bound {
        LOWEST, HIGHEST;
    }

    /** Below ({@code above == false}) or above every value whose type has order {@code type}. */
    record TypeBound(int type, boolean above) {
    }

    private static final List<Class<?>> TYPE_ORDER = List.of(MinKey.class, Number.class, String.class,
            Document.class, List.class, BinData.class, LegacyUUID.class, UUID.class, ObjectId.class, Boolean.class,
            Instant.class, BsonTimestamp.class, BsonRegularExpression.class, MaxKey.class);
    private IndexValues() {
    }

    /** The type's place in MongoDB's comparison order (null just after MinKey). */
    static int typeOrder(Object value) {
        if (Missing.isNullOrMissing(value)) {
            return 1;
        }
        for (int i = 0; i < TYPE_ORDER.size(); i++) {
            if (TYPE_ORDER.get(i).isInstance(value)) {
                return i == 0 ? 0 : i + 1;
            }
        }
        throw new IllegalArgumentException("no MongoDB type order for " + value.getClass());
    }

    static int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a instanceof Bound || b instanceof Bound) {
            return a instanceof Bound bound ? (bound == Bound.LOWEST ? -1 : 1) : -compare(b, a);
        }
        if (a instanceof TypeBound || b instanceof TypeBound) {
            if (a instanceof TypeBound bound) {
                int byType = Integer.compare(bound.type(), typeOrder(b));
                if (byType != 0) {
                    return byType;
                }
                return bound.above() ? 1 : -1;
            }
            return -compare(b, a);
        }
        return ValueComparator.ascWithoutListHandling().compare(a, b);
    }

    /**
     * The value as the store keys it in an index: numbers as doubles (longs beyond a double's
     * precision stay longs), -0.0 as 0.0, missing as null, recursively in documents and lists. The
     * same rule mongo-java-server applies to index keys, so a query value finds its key.
     */
    static Object normalize(Object value) {
        if (Missing.isNullOrMissing(value)) {
            return null;
        }
        if (value instanceof Long number && number.longValue() != (long) number.doubleValue()) {
            return value;
        }
        if (value instanceof Number number) {
            double normalized = number.doubleValue();
            return normalized == -0.0 ? 0.0 : normalized;
        }
        if (value instanceof Map<?, ?> map) {
            Document document = new Document();
            map.forEach((key, item) -> document.put((String) key, normalize(item)));
            return document;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(IndexValues::normalize).collect(Collectors.toList());
        }
        return value;
    }
}
