package org.coop.platform.test;

import java.util.LinkedHashMap;
import java.util.Map;

/** The broker and store a test runs against, with the failures a test may inflict on them. */
public interface PlatformInfrastructure {

    Backend backend();

    String kafkaBootstrapServers();

    /** Connection string without a database; each service picks its own database. */
    String mongoUri();

    /** Stops the broker cleanly; clients see it gone until {@link #startKafka()}. */
    void stopKafka();

    /** Kills the broker without a clean shutdown. */
    void killKafka();

    /** Starts the broker again on the same address with the same data; returns when it answers. */
    void startKafka();

    /** The Spring properties that point a service at this infrastructure. */
    default Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers());
        properties.put("spring.mongodb.uri", mongoUri());
        if (backend() == Backend.EMBEDDED) {
            properties.put("platform.outbox.equality-indexes", "true");
        }
        TestTokens tokens = TestTokens.instance();
        properties.put("platform.security.jwk-set-uri", tokens.jwkSetUri());
        properties.put("platform.security.issuer", TestTokens.ISSUER);
        properties.put("platform.security.audience", TestTokens.AUDIENCE);
        return properties;
    }

    /** The shared instance for a backend, started on first use. */
    static PlatformInfrastructure of(Backend backend) {
        return switch (backend) {
            case EMBEDDED -> EmbeddedInfrastructure.instance();
            case CONTAINERS -> ContainersInfrastructure.instance();
        };
    }
}
