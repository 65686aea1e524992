package org.coop.platform.messaging.probe;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A deliberately non-idempotent effect (a counter per event id, and the order of notes per
 * probe), so a second delivery that slipped past the inbox would show.
 */
public class ProbeEffects {

    static final String COLLECTION = "probe_effects";

    private final ReactiveMongoTemplate mongo;
    /** While on, notes reading "flaky" fail: a stand-in for a downstream fault fixed later. */
    private final AtomicBoolean flakyFails = new AtomicBoolean();

    public ProbeEffects(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void record(String eventId, String probeId, String what) {
        if ("flaky".equals(what) && flakyFails.get()) {
            throw new IllegalStateException("the downstream system refused the note");
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(eventId)),
                new Update().inc("count", 1).set("probeId", probeId).set("what", what), COLLECTION)
                .block(Duration.ofSeconds(10));
        mongo.upsert(Query.query(Criteria.where("_id").is("order-" + probeId)),
                new Update().push("seen", what), COLLECTION).block(Duration.ofSeconds(10));
    }

    public int count(String eventId) {
        Document effect = mongo.findById(eventId, Document.class, COLLECTION).block(Duration.ofSeconds(10));
        return effect == null ? 0 : effect.getInteger("count");
    }

    public java.util.List<String> order(String probeId) {
        Document order = mongo.findById("order-" + probeId, Document.class, COLLECTION).block(Duration.ofSeconds(10));
        return order == null ? java.util.List.of() : order.getList("seen", String.class);
    }

    public void setFlakyFails(boolean fails) {
        flakyFails.set(fails);
    }
}
