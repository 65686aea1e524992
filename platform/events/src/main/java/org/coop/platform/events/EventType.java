package org.coop.platform.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an event record: its CloudEvents type ({@code name + ".v" + version}) and its topic.
 * Only additive changes are allowed within a version; a breaking change is a new version with a
 * new record and a new schema, published side by side until no consumer needs the old one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** Reverse-domain name without the version, e.g. {@code org.coop.matchmaking.NeedPosted}. */
    String name();

    int version() default 1;

    /** One of the names in {@link Topics}. */
    String topic();
}
