package org.coop.forum.common.adapter.mongo;

import org.springframework.data.mongodb.core.query.Query;

/** What the stores read of an aggregate document. */
public final class Projections {

    private Projections() {
    }

    /**
     * Only the aggregate (stored under {@code field}), its version and the named extra fields: not
     * the outbox or ledgers. The projection also makes the embedded Mongo-wire store answer with a
     * copy of the document (without one it encodes the stored instance, which a concurrent update
     * may be changing).
     */
    public static Query aggregateOnly(Query query, String field, String... extra) {
        query.fields().include(field).include("version");
        for (String name : extra) {
            query.fields().include(name);
        }
        return query;
    }
}
