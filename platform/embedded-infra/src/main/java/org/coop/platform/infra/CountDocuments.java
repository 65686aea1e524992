package org.coop.platform.infra;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The drivers' {@code countDocuments} (Spring Data's {@code count}) answered as a {@code count}
 * command.
 *
 * <p>The drivers send {@code countDocuments} as an aggregation: {@code $match}, then an optional
 * {@code $skip} and {@code $limit}, then {@code $group: {_id: 1, n: {$sum: 1}}}. mongo-java-server
 * runs every aggregation over all the documents of the collection, so the total under a list of
 * matches read each of a province's 233,000 matches, whatever index the filter had. Its
 * {@code count} command runs the filter as a query, through the indexes (and an empty filter is
 * the map's size). The answer goes back in the aggregation's shape: one document {@code {_id: 1,
 * n: N}}, or none when nothing matched, as {@code $group} answers.
 */
final class CountDocuments {

    /** Keys of an aggregate command that change nothing in a count's answer. */
    private static final Set<String> NEUTRAL = Set.of("aggregate", "pipeline", "cursor", "$db", "lsid",
            "$clusterTime", "$readPreference", "txnNumber", "maxTimeMS", "comment", "readConcern");

    private CountDocuments() {
    }

    /** The {@code count} command for a countDocuments aggregation; empty for any other command. */
    static Optional<Document> asCountCommand(String command, Document query) {
        if (!"aggregate".equalsIgnoreCase(command) || !(query.get("aggregate") instanceof String collection)
                || !NEUTRAL.containsAll(query.keySet()) || !(query.get("pipeline") instanceof List<?> stages)
                || stages.size() < 2 || !(stages.get(0) instanceof Document first)
                || !(first.get("$match") instanceof Document filter) || first.size() != 1
                || !isCountGroup(stages.get(stages.size() - 1))) {
            return Optional.empty();
        }
        Document count = new Document("count", collection).append("query", filter);
        for (Object stage : stages.subList(1, stages.size() - 1)) {
            if (!(stage instanceof Document step) || step.size() != 1) {
                return Optional.empty();
            }
            String name = step.keySet().iterator().next();
            if (!(name.equals("$skip") || name.equals("$limit")) || count.containsKey(name.substring(1))
                    || !(step.get(name) instanceof Number number) || number.longValue() < 0
                    || number.longValue() > Integer.MAX_VALUE || (name.equals("$skip") && count.containsKey("limit"))) {
                // a $skip after a $limit counts differently from the count command's skip-then-limit
                return Optional.empty();
            }
            count.append(name.substring(1), number.intValue());
        }
        return Optional.of(count);
    }

    /** The count command's answer in the shape the aggregation would have had. */
    static Document asAggregateAnswer(String databaseName, Document aggregate, Document counted) {
        if (!(counted.get("n") instanceof Number n)) {
            return counted;
        }
        String groupField = countField(aggregate);
        List<Document> batch = n.longValue() == 0 ? List.of()
                : List.of(new Document("_id", groupId(aggregate)).append(groupField, n.intValue()));
        Document cursor = new Document("id", 0L)
                .append("ns", databaseName + "." + aggregate.get("aggregate"))
                .append("firstBatch", batch);
        return new Document("cursor", cursor).append("ok", 1.0);
    }

    /** {@code {$group: {_id: <constant>, <field>: {$sum: 1}}}} */
    private static boolean isCountGroup(Object stage) {
        if (!(stage instanceof Document step) || step.size() != 1 || !(step.get("$group") instanceof Document group)
                || group.size() != 2 || !group.containsKey("_id") || group.get("_id") instanceof Document
                || group.get("_id") instanceof String text && text.startsWith("$")) {
            return false;
        }
        String field = group.keySet().stream().filter(key -> !key.equals("_id")).findFirst().orElseThrow();
        return group.get(field) instanceof Document sum && sum.size() == 1
                && sum.get("$sum") instanceof Number one && one.intValue() == 1 && one.doubleValue() == 1.0;
    }

    private static Document group(Document aggregate) {
        List<?> stages = (List<?>) aggregate.get("pipeline");
        return (Document) ((Document) stages.get(stages.size() - 1)).get("$group");
    }

    private static Object groupId(Document aggregate) {
        return group(aggregate).get("_id");
    }

    private static String countField(Document aggregate) {
        return group(aggregate).keySet().stream().filter(key -> !key.equals("_id")).findFirst().orElseThrow();
    }
}
