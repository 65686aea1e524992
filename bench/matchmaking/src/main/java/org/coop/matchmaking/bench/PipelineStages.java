package org.coop.matchmaking.bench;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import reactor.core.publisher.Flux;

/**
 * Where a need's way to its matches and their consumers spends its time, read from what the
 * services stored (no instrumentation in the services): the need's {@code createdAt}; each inbox
 * record's {@code eventTime} (when the event was written), {@code receivedAt} (claimed by the
 * consumer) and {@code handledAt}; each match's {@code createdAt}. Run it after a load (e.g.
 * {@link EndToEndLoad}) against the stack's store:
 *
 * <pre>
 * java -cp ... org.coop.matchmaking.bench.PipelineStages --mongo mongodb://localhost:27017 --since 2026-12-02T13:00:00Z
 * </pre>
 *
 * Stages (p50 / p90 / p99 / max over the needs posted since {@code --since}):
 * <ol>
 *   <li>need stored → claimed by matchmaking's need-matching consumer (relay, Kafka, poll);</li>
 *   <li>claimed → first match stored (engine, reads, match writes);</li>
 *   <li>claimed → DONE (the whole handler, all matches written);</li>
 *   <li>the need's first match stored → its MatchSuggested claimed by the webhook consumer (relay,
 *       Kafka, poll), and that handler's time.</li>
 * </ol>
 */
public final class PipelineStages {

    /**
     * Consumers that handle {@code MatchSuggested} through an inbox: database → consumer name. The
     * other services' consumers of the matches topic skip it without a store write (they handle
     * only MatchAccepted), and the subscribers' streams read the topic directly.
     */
    private static final Map<String, String> MATCH_CONSUMERS = Map.of("matchmaking", "matchmaking.webhooks");

    private PipelineStages() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Date since = Date.from(Instant.parse(options.getOrDefault("since", Instant.EPOCH.toString())));
        try (MongoClient client = MongoClients.create(options.getOrDefault("mongo", "mongodb://localhost:27017"))) {
            MongoDatabase matchmaking = client.getDatabase("matchmaking");
            Map<String, Date> needCreated = new HashMap<>();
            Flux.from(matchmaking.getCollection("needs").find(new Document("createdAt", new Document("$gte", since))))
                    .toIterable().forEach(need -> needCreated.put(need.getString("_id"), need.getDate("createdAt")));
            Map<String, Date> firstMatch = new HashMap<>();
            Map<String, Date> matchCreated = new HashMap<>();
            Flux.from(matchmaking.getCollection("matches").find(new Document("createdAt", new Document("$gte", since))))
                    .toIterable().forEach(match -> {
                        Date created = match.getDate("createdAt");
                        matchCreated.put(match.getString("_id"), created);
                        firstMatch.merge(match.getString("needId"), created, (a, b) -> a.before(b) ? a : b);
                    });
            Stage relayed = new Stage("need stored -> claimed by need-matching");
            Stage toFirstMatch = new Stage("claimed -> first match stored");
            Stage handler = new Stage("claimed -> DONE (all matches written)");
            for (Document record : inbox(matchmaking, "matchmaking.need-matching", since)) {
                Date created = needCreated.get(record.getString("subject"));
                Date received = record.getDate("receivedAt");
                if (created == null || received == null) {
                    continue;
                }
                relayed.add(received.getTime() - created.getTime());
                Date match = firstMatch.get(record.getString("subject"));
                if (match != null) {
                    toFirstMatch.add(match.getTime() - received.getTime());
                }
                if (record.getDate("handledAt") != null) {
                    handler.add(record.getDate("handledAt").getTime() - received.getTime());
                }
            }
            System.out.printf("%d needs and %d matches since %s%n", needCreated.size(), matchCreated.size(),
                    since.toInstant());
            List<Stage> stages = new ArrayList<>(List.of(relayed, toFirstMatch, handler));
            MATCH_CONSUMERS.forEach((database, consumer) -> {
                Stage travelled = new Stage("first match stored -> claimed by " + consumer);
                Stage handled = new Stage("  " + consumer + " handler");
                for (Document record : inbox(client.getDatabase(database), consumer, since)) {
                    // a MatchSuggested is about its need (its key keeps a need's matches in order)
                    Date created = firstMatch.get(record.getString("subject"));
                    Date received = record.getDate("receivedAt");
                    if (created != null && received != null) {
                        travelled.add(received.getTime() - created.getTime());
                        if (record.getDate("handledAt") != null) {
                            handled.add(record.getDate("handledAt").getTime() - received.getTime());
                        }
                    }
                }
                stages.add(travelled);
                stages.add(handled);
            });
            System.out.printf("%-58s %7s %7s %7s %7s %7s%n", "stage (ms)", "n", "p50", "p90", "p99", "max");
            stages.forEach(Stage::print);
        }
    }

    private static Iterable<Document> inbox(MongoDatabase database, String consumer, Date since) {
        return Flux.from(database.getCollection("inbox").find(new Document("consumer", consumer)
                .append("receivedAt", new Document("$gte", since)))).toIterable();
    }

    private static final class Stage {
        private final String name;
        private final List<Long> millis = new ArrayList<>();

        Stage(String name) {
            this.name = name;
        }

        void add(long value) {
            millis.add(value);
        }

        void print() {
            if (millis.isEmpty()) {
                System.out.printf("%-58s %7d%n", name, 0);
                return;
            }
            Collections.sort(millis);
            System.out.printf("%-58s %7d %7d %7d %7d %7d%n", name, millis.size(), at(0.50), at(0.90), at(0.99),
                    millis.get(millis.size() - 1));
        }

        private long at(double quantile) {
            return millis.get(Math.min(millis.size() - 1, (int) Math.ceil(quantile * millis.size()) - 1));
        }
    }
}
