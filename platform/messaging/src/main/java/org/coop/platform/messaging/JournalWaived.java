package org.coop.platform.messaging;

import com.mongodb.ClientSessionOptions;
import com.mongodb.WriteConcern;
import com.mongodb.reactivestreams.client.ClientSession;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.codecs.configuration.CodecRegistry;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

/**
 * A template over the same store whose writes are acknowledged once applied, without waiting for
 * the journal ({@code w: 1, j: false}), for the messaging machinery's bookkeeping: the relay's
 * leases and sent marks, the inbox's claims and heartbeats. Losing one of those in a crash repeats
 * work (an event sent again, which consumers drop by its id; a claim taken again) and loses none,
 * so they need not wait for a disk flush each, which put two or three fsyncs on every event's way
 * (docs/messaging.md, "What waits for the disk"). The aggregate writes and the inbox's DONE marks
 * stay on the service's own template and its durable default. A service may use it for data of
 * the same kind (matchmaking's daily notification counters); never for what a user was told is
 * saved.
 *
 * <p>The write concern is set on the database, not the template: {@code findAndModify} uses the
 * collection's own write concern and ignores the template's.
 */
public final class JournalWaived implements ReactiveMongoDatabaseFactory {

    static final WriteConcern BOOKKEEPING = WriteConcern.W1.withJournal(false);

    private final ReactiveMongoDatabaseFactory delegate;

    private JournalWaived(ReactiveMongoDatabaseFactory delegate) {
        this.delegate = delegate;
    }

    /** The same store, database and mapping as {@code mongo}, with bookkeeping's write concern. */
    public static ReactiveMongoTemplate template(ReactiveMongoTemplate mongo) {
        return new ReactiveMongoTemplate(new JournalWaived(mongo.getMongoDatabaseFactory()), mongo.getConverter());
    }

    @Override
    public Mono<MongoDatabase> getMongoDatabase() {
        return delegate.getMongoDatabase().map(database -> database.withWriteConcern(BOOKKEEPING));
    }

    @Override
    public Mono<MongoDatabase> getMongoDatabase(String databaseName) {
        return delegate.getMongoDatabase(databaseName).map(database -> database.withWriteConcern(BOOKKEEPING));
    }

    @Override
    public PersistenceExceptionTranslator getExceptionTranslator() {
        return delegate.getExceptionTranslator();
    }

    @Override
    public CodecRegistry getCodecRegistry() {
        return delegate.getCodecRegistry();
    }

    @Override
    public Mono<ClientSession> getSession(ClientSessionOptions options) {
        return delegate.getSession(options);
    }

    @Override
    public ReactiveMongoDatabaseFactory withSession(ClientSession session) {
        return new JournalWaived(delegate.withSession(session));
    }

    @Override
    public boolean isTransactionActive() {
        return delegate.isTransactionActive();
    }
}
