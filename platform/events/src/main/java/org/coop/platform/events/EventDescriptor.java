package org.coop.platform.events;

import java.util.Objects;

/**
 * What the platform knows about one event record class: its versioned CloudEvents type, its
 * topic, and where its JSON Schema lives on the classpath.
 */
public record EventDescriptor(Class<? extends DomainEvent> recordClass, String type, String topic) {

    private static final ClassValue<EventDescriptor> CACHE = new ClassValue<>() {
        @Override
        protected EventDescriptor computeValue(Class<?> type) {
            return describe(type);
        }
    };

    public EventDescriptor {
        Objects.requireNonNull(recordClass, "recordClass");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
    }

    /** The descriptor of an event record class; fails fast when the class is not a proper event. */
    public static EventDescriptor of(Class<? extends DomainEvent> recordClass) {
        return CACHE.get(recordClass);
    }

    public static EventDescriptor of(DomainEvent event) {
        return of(event.getClass());
    }

    /** Classpath location of the schema: {@code schemas/<type>.json}. */
    public String schemaResource() {
        return EventSchemas.resourceFor(type);
    }

    @SuppressWarnings("unchecked")
    private static EventDescriptor describe(Class<?> candidate) {
        if (!DomainEvent.class.isAssignableFrom(candidate)) {
            throw new IllegalArgumentException(candidate.getName() + " does not implement DomainEvent");
        }
        if (!candidate.isRecord()) {
            throw new IllegalArgumentException(candidate.getName() + " must be a record: events are immutable");
        }
        EventType annotation = candidate.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(candidate.getName() + " has no @EventType");
        }
        if (annotation.version() < 1) {
            throw new IllegalArgumentException(candidate.getName() + ": event versions start at 1");
        }
        if (!Topics.isKnown(annotation.topic())) {
            throw new IllegalArgumentException(candidate.getName() + ": unknown topic " + annotation.topic());
        }
        return new EventDescriptor((Class<? extends DomainEvent>) candidate,
                annotation.name() + ".v" + annotation.version(), annotation.topic());
    }
}
