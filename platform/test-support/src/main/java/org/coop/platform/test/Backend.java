package org.coop.platform.test;

/** Where the broker and the store of an integration test come from. */
public enum Backend {
    /** A real Kafka broker in a child JVM and mongo-java-server in this JVM: runs on any machine with a JDK. */
    EMBEDDED,
    /** Apache Kafka and MongoDB (replica set) containers: needs a Docker engine, skipped where none runs. */
    CONTAINERS
}
