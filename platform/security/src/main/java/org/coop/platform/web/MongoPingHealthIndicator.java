package org.coop.platform.web;

import com.mongodb.reactivestreams.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import reactor.core.publisher.Mono;

/**
 * The store's health by the {@code ping} command, which MongoDB and the embedded Mongo-wire store
 * (mongo-java-server) both answer. Spring Boot 4's own indicator sends {@code hello}, which the
 * embedded store does not know: it reported the store DOWN, and with it the aggregate health of
 * every application, on the local stack and in tests, while the store served every request.
 */
public class MongoPingHealthIndicator extends AbstractReactiveHealthIndicator {

    private final MongoClient client;
    private final String database;

    public MongoPingHealthIndicator(MongoClient client, String database) {
        super("Mongo health check failed");
        this.client = client;
        this.database = database;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return Mono.from(client.getDatabase(database).runCommand(new Document("ping", 1)))
                .map(answer -> builder.up().withDetail("database", database).build());
    }
}
