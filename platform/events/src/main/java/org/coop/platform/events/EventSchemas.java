package org.coop.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates event data against the JSON Schema (2020-12) kept beside each event type, at
 * {@code schemas/<type>.json} on the classpath. Used by contract tests on both sides of a topic
 * and by the outbox when {@code platform.outbox.validate-schemas} is on.
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .build()));
    private static final ObjectMapper TREE_READER = new ObjectMapper();
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    public static String resourceFor(String type) {
        return "schemas/" + type + ".json";
    }

    public static boolean hasSchema(String type) {
        return EventSchemas.class.getClassLoader().getResource(resourceFor(type)) != null;
    }

    /** Every way {@code data} breaks the schema of {@code type}; empty when it is valid. */
    public static List<String> violations(String type, byte[] data) {
        Schema schema = SCHEMAS.computeIfAbsent(type, EventSchemas::load);
        JsonNode node;
        try {
            node = TREE_READER.readTree(data);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        return schema.validate(node).stream().map(Error::toString).toList();
    }

    /** Throws with every violation listed when {@code data} does not satisfy the schema of {@code type}. */
    public static void requireValid(String type, byte[] data) {
        List<String> violations = violations(type, data);
        if (!violations.isEmpty()) {
            throw new SchemaViolationException(type, violations);
        }
    }

    public static void requireValid(DomainEvent event) {
        requireValid(EventDescriptor.of(event).type(), EventJson.toBytes(event));
    }

    private static Schema load(String type) {
        String resource = resourceFor(type);
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no JSON Schema for " + type + " at classpath:" + resource);
            }
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
