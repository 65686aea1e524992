package org.coop.platform.infra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire-compatible store (mongo-java-server) on loopback: in memory for tests, or backed
 * by an H2 MVStore file so the local stack keeps its data across restarts. It has no
 * multi-document transactions and no change streams, which the platform does not use.
 */
public final class EmbeddedMongoStore implements AutoCloseable {

    private final AbstractMongoBackend backend;
    private final MongoServer server;
    private final int port;

    private EmbeddedMongoStore(AbstractMongoBackend backend, int port) {
        this.backend = backend;
        backend.version(ServerVersion.MONGO_5_0);
        this.server = new MongoServer(backend);
        this.port = port;
    }

    /** A store that forgets everything when it stops; {@code port} 0 picks a free one. */
    public static EmbeddedMongoStore inMemory(int port) {
        return new EmbeddedMongoStore(DurableH2Backend.withoutFile(), port);
    }

    /**
     * A store kept in {@code file} (created if missing). A write is answered only once it is
     * committed and forced to the disk ({@link DurableH2Backend}), so an acknowledged write survives
     * a crash of this JVM or of the machine.
     */
    public static EmbeddedMongoStore persistent(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EmbeddedMongoStore(DurableH2Backend.inFile(file.toAbsolutePath().toString()), port);
    }

    /**
     * Netty worker threads of the server. A durable write holds its worker until the fsync
     * (DurableH2Backend), and a connection stays on one worker: with Netty's default of two per
     * core, writers of different connections queued behind one another's fsync instead of sharing
     * it. More workers let them arrive together and share one commit.
     */
    static final int WORKER_THREADS = 16;

    public EmbeddedMongoStore start() {
        server.bind(new java.net.InetSocketAddress("127.0.0.1", port), 0, WORKER_THREADS);
        return this;
    }

    public int port() {
        return server.getLocalAddress().getPort();
    }

    /** {@code mongodb://127.0.0.1:<port>/<database>} */
    public String connectionString(String database) {
        return "mongodb://127.0.0.1:" + port() + "/" + database;
    }

    /** Commits forced to the disk so far (for tests: a write waiving the journal forces none). */
    long durableCommits() {
        return backend instanceof DurableH2Backend durable ? durable.commits() : 0;
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
