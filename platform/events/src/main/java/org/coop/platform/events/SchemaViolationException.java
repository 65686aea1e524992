package org.coop.platform.events;

import java.util.List;

/** Event data that does not satisfy its type's JSON Schema. */
public class SchemaViolationException extends RuntimeException {

    private final String type;
    private final List<String> violations;

    public SchemaViolationException(String type, List<String> violations) {
        super(type + " violates its schema: " + String.join("; ", violations));
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public String type() {
        return type;
    }

    public List<String> violations() {
        return violations;
    }
}
