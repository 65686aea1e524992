package org.coop.platform.infra;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Chooses the index that answers a query, the way MongoDB's planner would for the shapes the
 * services use: equality on a prefix of an index's fields ({@code $eq}, {@code $in} or a plain
 * value, also inside {@code $and}), then a range on the next field ({@code $gt}, {@code $gte},
 * {@code $lt}, {@code $lte}, bracketed to the bound's type), and the index's order as the sort
 * when the sort follows the fields after the equalities (then a {@code limit} stops the scan
 * early). Unique indexes (the {@code _id} index among them) answer when every field is bound by
 * equality. Conditions the index does not cover ({@code $or}, {@code $ne}, regular expressions...)
 * are still applied: the planner only narrows the candidates, the store's matcher decides, so a
 * plan can be slower than ideal but never answers differently from a scan.
 */
final class QueryPlanner {

    /** More combinations of {@code $in} values than this are not worth separate lookups. */
    private static final int MAX_LOOKUPS = 1_000;

    /**
     * How to find the candidates; {@code ordered} when they come in the requested sort order. A plan
     * for an {@code $or} has no positions of its own but one plan per branch: their candidates are
     * united, and merged in sort order when every branch is ordered.
     */
    record Plan(String index, Supplier<Stream<Object>> positions, boolean ordered, List<Plan> branches) {

        Plan(String index, Supplier<Stream<Object>> positions, boolean ordered) {
            this(index, positions, ordered, List.of());
        }

        boolean isUnion() {
            return !branches.isEmpty();
        }
    }

    private QueryPlanner() {
    }

    static Optional<Plan> plan(Document query, Document orderBy, int limit, List<Index<Object>> indexes) {
        if (orderBy != null && orderBy.containsKey("$natural")) {
            return Optional.empty();
        }
        Document where = query == null ? new Document() : query;
        Map<String, Condition> conditions = new LinkedHashMap<>();
        collect(where, conditions);
        List<SortKey> sort = sortKeys(orderBy);
        Candidate best = best(conditions, sort, limit, indexes);
        Collection<?> branches = firstOr(where);
        if (branches != null && (best == null || best.score < 10)) {
            Candidate union = union(conditions, branches, sort, limit, indexes);
            if (union != null) {
                best = union;
            }
        }
        return Optional.ofNullable(best).map(Candidate::plan);
    }

    /** The query's {@code $or}, at the top or inside a top-level {@code $and} (where drivers put it). */
    private static Collection<?> firstOr(Document query) {
        if (query.get("$or") instanceof Collection<?> branches) {
            return branches;
        }
        if (query.get("$and") instanceof Collection<?> parts) {
            for (Object part : parts) {
                if (part instanceof Document document && document.get("$or") instanceof Collection<?> branches) {
                    return branches;
                }
            }
        }
        return null;
    }

    private static Candidate best(Map<String, Condition> conditions, List<SortKey> sort, int limit,
                                  List<Index<Object>> indexes) {
        Candidate best = null;
        for (Index<Object> index : indexes) {
            Candidate candidate = index instanceof SecondaryIndex secondary
                    ? secondary(secondary, conditions, sort, limit)
                    : index instanceof AbstractUniqueIndex<Object> unique ? unique(unique, conditions) : null;
            if (candidate != null && (best == null || candidate.score > best.score)) {
                best = candidate;
            }
        }
        return best;
    }

    /**
     * An {@code $or} whose every branch (with the conditions beside the {@code $or}) has an index:
     * the union of the branches' candidates, as MongoDB's OR stage (or SORT_MERGE when every
     * branch comes in the sort order). One branch without an index means a scan anyway.
     */
    private static Candidate union(Map<String, Condition> shared, Collection<?> branches, List<SortKey> sort,
                                   int limit, List<Index<Object>> indexes) {
        List<Plan> plans = new ArrayList<>();
        double score = Double.MAX_VALUE;
        for (Object branch : branches) {
            if (!(branch instanceof Document document)) {
                return null;
            }
            Map<String, Condition> conditions = new LinkedHashMap<>(shared);
            collect(document, conditions);
            Candidate candidate = best(conditions, sort, limit, indexes);
            if (candidate == null || candidate.plan.isUnion()) {
                return null;
            }
            plans.add(candidate.plan);
            score = Math.min(score, candidate.score);
        }
        if (plans.isEmpty()) {
            return null;
        }
        boolean ordered = !sort.isEmpty() && plans.stream().allMatch(Plan::ordered);
        String names = plans.stream().map(Plan::index).distinct().reduce((a, b) -> a + "|" + b).orElse("");
        return new Candidate(score - 1, new Plan(names, null, ordered, plans));
    }

    private record Candidate(double score, Plan plan) {
    }

    private record SortKey(String path, boolean ascending) {
    }

    // ------------------------------------------------------------------------------ conditions

    /** What an index can use of a field's condition: equality to one of some values, and/or a range. */
    static final class Condition {
        List<Object> equalTo;
        Object lower;
        boolean lowerInclusive;
        Object upper;
        boolean upperInclusive;

        /** {@code $exists: true}: every value; a sparse index holds exactly the documents that have one. */
        boolean exists;

        boolean isRange() {
            return lower != null || upper != null;
        }
    }

    private static void collect(Document query, Map<String, Condition> conditions) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String key = entry.getKey();
            if (key.equals("$and") && entry.getValue() instanceof Collection<?> parts) {
                for (Object part : parts) {
                    if (part instanceof Document document) {
                        collect(document, conditions);
                    }
                }
            } else if (!key.startsWith("$")) {
                Condition condition = condition(entry.getValue());
                if (condition != null) {
                    conditions.merge(key, condition, QueryPlanner::narrower);
                }
            }
        }
    }

    /** Both conditions hold (they were AND-ed): either one alone gives a superset; keep the more selective. */
    private static Condition narrower(Condition a, Condition b) {
        if (a.equalTo != null) {
            return a;
        }
        if (b.equalTo != null) {
            return b;
        }
        Condition both = new Condition();
        both.lower = a.lower != null ? a.lower : b.lower;
        both.lowerInclusive = a.lower != null ? a.lowerInclusive : b.lowerInclusive;
        both.upper = a.upper != null ? a.upper : b.upper;
        both.upperInclusive = a.upper != null ? a.upperInclusive : b.upperInclusive;
        both.exists = a.exists || b.exists;
        return both;
    }

    private static Condition condition(Object value) {
        if (value instanceof Document document && !document.isEmpty()
                && document.keySet().stream().allMatch(key -> key.startsWith("$"))) {
            Condition condition = new Condition();
            for (Map.Entry<String, Object> operator : document.entrySet()) {
                Object operand = operator.getValue();
                switch (operator.getKey()) {
                    case "$eq" -> {
                        if (plannable(operand)) {
                            condition.equalTo = java.util.Collections.singletonList(IndexValues.normalize(operand));
                        }
                    }
                    case "$in" -> {
                        if (operand instanceof Collection<?> values && !values.isEmpty()
                                && values.stream().allMatch(QueryPlanner::plannable)) {
                            condition.equalTo = values.stream().map(IndexValues::normalize).distinct().toList();
                        }
                    }
                    case "$gt", "$gte" -> {
                        if (plannable(operand) && operand != null && !(operand instanceof Collection)) {
                            condition.lower = IndexValues.normalize(operand);
                            condition.lowerInclusive = operator.getKey().equals("$gte");
                        }
                    }
                    case "$lt", "$lte" -> {
                        if (plannable(operand) && operand != null && !(operand instanceof Collection)) {
                            condition.upper = IndexValues.normalize(operand);
                            condition.upperInclusive = operator.getKey().equals("$lte");
                        }
                    }
                    case "$exists" -> condition.exists = Boolean.TRUE.equals(operand)
                            || (operand instanceof Number number && number.intValue() != 0);
                    default -> {
                        // $ne, $nin, $elemMatch...: left to the matcher
                    }
                }
            }
            return condition.equalTo != null || condition.isRange() || condition.exists ? condition : null;
        }
        if (!plannable(value)) {
            return null;
        }
        Condition equality = new Condition();
        equality.equalTo = java.util.Collections.singletonList(IndexValues.normalize(value));
        return equality;
    }

    /**
     * Values an index lookup can stand for. An array is not one: {@code {tags: [a, b]}} also
     * matches documents holding that array as an element, which the index keys per element miss.
     */
    private static boolean plannable(Object value) {
        return !(value instanceof Collection) && !(value instanceof BsonRegularExpression)
                && !(value instanceof Pattern);
    }

    private static List<SortKey> sortKeys(Document orderBy) {
        List<SortKey> keys = new ArrayList<>();
        if (orderBy != null) {
            orderBy.forEach((path, direction) -> keys.add(new SortKey(path,
                    !(direction instanceof Number number) || number.intValue() >= 0)));
        }
        return keys;
    }

    // ------------------------------------------------------------------------------ unique indexes

    private static Candidate unique(AbstractUniqueIndex<Object> index, Map<String, Condition> conditions) {
        List<List<Object>> choices = new ArrayList<>();
        for (IndexKey key : index.getKeys()) {
            Condition condition = conditions.get(key.getKey());
            if (condition == null || condition.equalTo == null
                    || condition.equalTo.stream().anyMatch(Objects::isNull)) {
                // a null may stand for a missing field, which a sparse or compound unique key does not hold
                return null;
            }
            choices.add(condition.equalTo);
        }
        List<List<Object>> lookups = combinations(choices);
        if (lookups == null) {
            return null;
        }
        List<String> paths = index.getKeys().stream().map(IndexKey::getKey).toList();
        Supplier<Stream<Object>> positions = () -> lookups.stream()
                .map(values -> index.getPosition(documentWith(paths, values)))
                .filter(Objects::nonNull)
                .distinct();
        return new Candidate(1_000 + paths.size(), new Plan(index.getName(), positions, lookups.size() == 1));
    }

    private static Document documentWith(List<String> paths, List<Object> values) {
        Document document = new Document();
        for (int i = 0; i < paths.size(); i++) {
            Utils.changeSubdocumentValue(document, paths.get(i), values.get(i));
        }
        return document;
    }

    // ------------------------------------------------------------------------------ secondary indexes

    private static Candidate secondary(SecondaryIndex index, Map<String, Condition> conditions, List<SortKey> sort,
                                       int limit) {
        List<String> paths = index.getKeys().stream().map(IndexKey::getKey).toList();
        List<List<Object>> equalities = new ArrayList<>();
        int bound = 0;
        while (bound < paths.size()) {
            Condition condition = conditions.get(paths.get(bound));
            if (condition == null || condition.equalTo == null) {
                break;
            }
            if (index.sparse() && condition.equalTo.stream().anyMatch(Objects::isNull)) {
                // a sparse index leaves out documents without the field, which {field: null} matches
                return null;
            }
            equalities.add(condition.equalTo);
            bound++;
        }
        Condition range = bound < paths.size() ? conditions.get(paths.get(bound)) : null;
        boolean everyValue = false;
        if (range != null && !range.isRange()) {
            // $exists on the first field of a sparse index: the whole index, which holds exactly those documents
            everyValue = range.exists && bound == 0 && index.sparse();
            range = null;
        }
        List<List<Object>> prefixes = combinations(equalities);
        if (prefixes == null) {
            return null;
        }
        Boolean descending = servedOrder(index, paths, bound, conditions, sort, prefixes.size());
        boolean ordered = descending != null;
        if (bound == 0 && range == null && !everyValue) {
            // only the order could help: worth it when a limit stops the scan early
            if (!ordered || sort.isEmpty() || limit <= 0 || index.sparse()) {
                return null;
            }
        }
        List<IndexEntry[]> spans = new ArrayList<>();
        for (List<Object> prefix : prefixes) {
            spans.add(span(prefix, range, paths.size()));
        }
        boolean backwards = Boolean.TRUE.equals(descending);
        boolean deduplicate = index.isMultikey() || spans.size() > 1;
        Supplier<Stream<Object>> positions = () -> {
            Stream<Object> all = spans.stream().flatMap(span -> positions(index.range(span[0], span[1], backwards)));
            return deduplicate ? all.filter(new HashSet<>()::add) : all;
        };
        double score = 10 * bound + (range != null || everyValue ? 5 : 0) + (ordered && !sort.isEmpty() ? 3 : 0) + 1
                - 0.01 * paths.size();
        return new Candidate(score, new Plan(index.getName(), positions, ordered));
    }

    /**
     * Whether reading the index in its order (ascending, or backwards) gives the sort: the sort's
     * fields, after dropping those fixed by a single equality, must follow the index's fields from
     * the first one not fixed, all in one direction; {@code _id} after the index's fields is served
     * too (equal keys are ordered by position, which is the {@code _id}). Null when it does not.
     */
    private static Boolean servedOrder(SecondaryIndex index, List<String> paths, int bound,
                                       Map<String, Condition> conditions, List<SortKey> sort, int prefixes) {
        if (sort.isEmpty()) {
            return Boolean.FALSE;
        }
        if (index.isMultikey() || prefixes > 1) {
            return null;
        }
        List<SortKey> remaining = sort.stream().filter(key -> {
            Condition condition = conditions.get(key.path());
            return condition == null || condition.equalTo == null || condition.equalTo.size() != 1;
        }).toList();
        if (remaining.isEmpty()) {
            return Boolean.FALSE;
        }
        boolean ascending = remaining.get(0).ascending();
        int next = bound;
        for (SortKey key : remaining) {
            if (key.ascending() != ascending) {
                return null;
            }
            if (next < paths.size() && key.path().equals(paths.get(next))) {
                next++;
            } else if (next == paths.size() && key.path().equals("_id")) {
                next++;
            } else {
                return null;
            }
        }
        return !ascending;
    }

    /** The first and last possible entries for an equality prefix followed by an optional range. */
    private static IndexEntry[] span(List<Object> prefix, Condition range, int width) {
        Object[] from = new Object[width];
        Object[] to = new Object[width];
        for (int i = 0; i < width; i++) {
            from[i] = i < prefix.size() ? prefix.get(i) : IndexValues.Bound.LOWEST;
            to[i] = i < prefix.size() ? prefix.get(i) : IndexValues.Bound.HIGHEST;
        }
        Object fromPosition = IndexValues.Bound.LOWEST;
        Object toPosition = IndexValues.Bound.HIGHEST;
        if (range != null) {
            int at = prefix.size();
            Object lower = range.lower != null ? range.lower
                    : new IndexValues.TypeBound(IndexValues.typeOrder(range.upper), false);
            Object upper = range.upper != null ? range.upper
                    : new IndexValues.TypeBound(IndexValues.typeOrder(range.lower), true);
            from[at] = lower;
            to[at] = upper;
            if (range.lower != null && !range.lowerInclusive) {
                fill(from, at + 1, IndexValues.Bound.HIGHEST);
                fromPosition = IndexValues.Bound.HIGHEST;
            }
            if (range.upper != null && !range.upperInclusive) {
                fill(to, at + 1, IndexValues.Bound.LOWEST);
                toPosition = IndexValues.Bound.LOWEST;
            }
        }
        return new IndexEntry[] {new IndexEntry(from, fromPosition), new IndexEntry(to, toPosition)};
    }

    private static void fill(Object[] values, int from, Object bound) {
        for (int i = from; i < values.length; i++) {
            values[i] = bound;
        }
    }

    private static Stream<Object> positions(Iterator<IndexEntry> entries) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(entries, 0), false)
                .map(IndexEntry::position);
    }

    /** Every choice of one value per field, or null when there are too many to look up one by one. */
    private static List<List<Object>> combinations(List<List<Object>> choices) {
        List<List<Object>> combinations = new ArrayList<>();
        combinations.add(List.of());
        for (List<Object> values : choices) {
            List<List<Object>> longer = new ArrayList<>();
            for (List<Object> combination : combinations) {
                for (Object value : values) {
                    List<Object> extended = new ArrayList<>(combination);
                    extended.add(value);
                    longer.add(extended);
                }
            }
            if (longer.size() > MAX_LOOKUPS) {
                return null;
            }
            combinations = longer;
        }
        return combinations;
    }

    /** The shape of a query, its values replaced by their types, to log a scan once per shape. */
    static String shape(Document query, Document orderBy) {
        return shapeOf(query) + (orderBy == null || orderBy.isEmpty() ? "" : " sort " + orderBy);
    }

    private static Object shapeOf(Object value) {
        if (value instanceof Document document) {
            Map<String, Object> shape = new LinkedHashMap<>();
            document.forEach((key, item) -> shape.put(key, shapeOf(item)));
            return shape;
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(QueryPlanner::shapeOf).distinct().toList();
        }
        return value == null ? "null" : "<" + value.getClass().getSimpleName() + ">";
    }
}
