package org.coop.platform.events;

/**
 * A topic as the platform creates it. Partition counts are small defaults for one broker; an
 * operator may create topics with more partitions up front and the services will use them.
 */
public record TopicSpec(String name, int partitions, boolean compacted) {

    public TopicSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("topic name is blank");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("a topic needs at least one partition: " + name);
        }
    }
}
