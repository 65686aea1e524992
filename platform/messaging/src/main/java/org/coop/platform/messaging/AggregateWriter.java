package org.coop.platform.messaging;

import io.micrometer.observation.Observation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.bson.Document;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventDescriptor;
import org.coop.platform.events.EventEnvelope;
import org.coop.platform.events.EventJson;
import org.coop.platform.events.EventSchemas;
import org.coop.platform.observability.EventTracing;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

/**
 * Saves an aggregate and the events it produced in one single-document write (the outbox
 * pattern without transactions): the events ride in the document's {@code _outbox} array and the
 * {@link OutboxRelay} publishes them. Updates are guarded by the entity's {@code @Version}, and
 * use field-level operators so a relay removing sent events never races the aggregate's state.
 *
 * <p>Aggregates are Spring Data documents; read them with repositories as usual, but write them
 * only through this class (a repository {@code save} would replace the document and its outbox).
 */
public class AggregateWriter {

    /** The stored name of every aggregate's {@code @Version} property (one name, so one index shape). */
    public static final String VERSION_FIELD = "version";

    private final ReactiveMongoTemplate mongo;
    private final MongoConverter converter;
    private final OutboxRelay relay;
    private final ServiceIdentity identity;
    private final OutboxProperties properties;
    private final Clock clock;
    private final EventTracing tracing;

    public AggregateWriter(ReactiveMongoTemplate mongo, OutboxRelay relay, ServiceIdentity identity,
                           OutboxProperties properties, Clock clock) {
        this(mongo, relay, identity, properties, clock, EventTracing.none());
    }

    /** With {@code tracing}, each write is a span and its events are stored with that span's trace. */
    public AggregateWriter(ReactiveMongoTemplate mongo, OutboxRelay relay, ServiceIdentity identity,
                           OutboxProperties properties, Clock clock, EventTracing tracing) {
        this.tracing = tracing;
        this.mongo = mongo;
        this.converter = mongo.getConverter();
        this.relay = relay;
        this.identity = identity;
        this.properties = properties;
        this.clock = clock;
    }

    /** Inserts a new aggregate (version 0) with its first events; a duplicate id is a DuplicateKeyException. */
    public <A> Mono<A> insert(A aggregate, List<? extends DomainEvent> events) {
        return traced(aggregate, write -> Mono.defer(() -> {
            Target<A> target = target(aggregate);
            List<OutboxEntry> entries = entries(events, write);
            target.accessor.setProperty(target.version, 0L);
            A versioned = target.accessor.getBean();
            Document document = new Document();
            converter.write(versioned, document);
            document.put(OutboxEntry.CLAIM, 0L);
            document.put(OutboxEntry.APPENDS, entries.isEmpty() ? 0L : 1L);
            if (!entries.isEmpty()) {
                document.put(OutboxEntry.FIELD, entries.stream().map(OutboxEntry::toDocument).toList());
                document.put(OutboxEntry.PENDING_SINCE, Date.from(clock.instant()));
            }
            return mongo.insert(document, target.collection)
                    .doOnSuccess(saved -> nudge(target.collection, document.get("_id"), entries))
                    .thenReturn(versioned);
        }));
    }

    /**
     * Writes the aggregate's new state and appends its events, if the stored version is still the
     * one the aggregate was read at; otherwise fails with {@link OptimisticLockingFailureException}.
     */
    public <A> Mono<A> update(A aggregate, List<? extends DomainEvent> events) {
        return traced(aggregate, write -> Mono.defer(() -> {
            Target<A> target = target(aggregate);
            Object expected = target.accessor.getProperty(target.version);
            if (!(expected instanceof Number expectedVersion)) {
                return Mono.error(new IllegalArgumentException("an aggregate must be read before it is updated: "
                        + aggregate.getClass().getSimpleName() + " has no version"));
            }
            List<OutboxEntry> entries = entries(events, write);
            Document state = new Document();
            converter.write(aggregate, state);
            Object id = state.get("_id");
            String versionField = target.version.getFieldName();
            Update update = new Update();
            state.forEach((field, value) -> {
                if (!"_id".equals(field) && !versionField.equals(field)) {
                    update.set(field, value);
                }
            });
            for (MongoPersistentProperty property : target.entity) {
                if (!property.isIdProperty() && !property.isVersionProperty() && !state.containsKey(property.getFieldName())) {
                    update.unset(property.getFieldName());
                }
            }
            update.inc(versionField, 1);
            if (!entries.isEmpty()) {
                update.push(OutboxEntry.FIELD).each(entries.stream().map(OutboxEntry::toDocument).toArray());
                update.min(OutboxEntry.PENDING_SINCE, Date.from(clock.instant()));
                update.inc(OutboxEntry.APPENDS, 1);
            }
            Query guard = Query.query(Criteria.where("_id").is(id).and(versionField).is(expectedVersion.longValue()));
            return mongo.updateFirst(guard, update, target.collection).flatMap(result -> {
                if (result.getMatchedCount() == 0) {
                    return Mono.error(new OptimisticLockingFailureException(aggregate.getClass().getSimpleName() + " "
                            + id + " was changed by someone else (expected version " + expectedVersion + ")"));
                }
                nudge(target.collection, id, entries);
                target.accessor.setProperty(target.version, expectedVersion.longValue() + 1);
                return Mono.just(target.accessor.getBean());
            });
        }));
    }

    /**
     * Runs a write in its span ({@link EventTracing#startWrite}), child of the caller's trace and
     * ended with the write, failed if it fails.
     */
    private <T> Mono<T> traced(Object aggregate, Function<Observation, Mono<T>> write) {
        return Mono.deferContextual(context -> {
            Observation observation = tracing.startWrite(collectionOf(aggregate), context);
            return write.apply(observation).doOnError(observation::error).doFinally(signal -> observation.stop());
        });
    }

    private String collectionOf(Object aggregate) {
        Objects.requireNonNull(aggregate, "aggregate");
        return converter.getMappingContext().getRequiredPersistentEntity(aggregate.getClass()).getCollection();
    }

    /** The events as outbox entries, each with the trace of this write (so the consumers continue it). */
    private List<OutboxEntry> entries(List<? extends DomainEvent> events, Observation write) {
        if (events.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        String traceparent = tracing.traceparent(write);
        List<OutboxEntry> entries = new ArrayList<>(events.size());
        for (DomainEvent event : events) {
            EventDescriptor descriptor = EventDescriptor.of(event);
            String data = EventJson.toJson(event);
            if (properties.isValidateSchemas()) {
                EventSchemas.requireValid(descriptor.type(), data.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            entries.add(new OutboxEntry(EventEnvelope.create(event, identity.requireName(), now)
                    .withTraceparent(traceparent), descriptor.topic(), data));
        }
        return entries;
    }

    private void nudge(String collection, Object id, List<OutboxEntry> entries) {
        if (!entries.isEmpty()) {
            relay.nudge(collection, id);
        }
    }

    @SuppressWarnings("unchecked")
    private <A> Target<A> target(A aggregate) {
        Objects.requireNonNull(aggregate, "aggregate");
        MongoPersistentEntity<?> entity = converter.getMappingContext().getRequiredPersistentEntity(aggregate.getClass());
        MongoPersistentProperty version = entity.getVersionProperty();
        if (version == null || !VERSION_FIELD.equals(version.getFieldName())) {
            throw new IllegalArgumentException(aggregate.getClass().getName()
                    + " needs a @Version property stored as '" + VERSION_FIELD
                    + "': aggregates are written with optimistic locking");
        }
        if (!properties.getCollections().contains(entity.getCollection())) {
            throw new IllegalStateException("collection '" + entity.getCollection()
                    + "' is not listed in platform.outbox.collections, so its events would never be relayed");
        }
        PersistentPropertyAccessor<A> accessor = (PersistentPropertyAccessor<A>) entity.getPropertyAccessor(aggregate);
        return new Target<>(entity, version, entity.getCollection(), accessor);
    }

    private record Target<A>(MongoPersistentEntity<?> entity, MongoPersistentProperty version, String collection,
                             PersistentPropertyAccessor<A> accessor) {
    }
}
