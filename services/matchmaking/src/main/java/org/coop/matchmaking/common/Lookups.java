package org.coop.matchmaking.common;

import java.util.function.Predicate;
import org.coop.platform.web.NotFoundException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

/**
 * The platform's object-level rule in one place: a document the caller may not use is "not
 * found" (404, never 403, so ids of other organizations' records are not confirmed).
 */
public final class Lookups {

    private Lookups() {
    }

    /** The {@code kind} document {@code id} if it exists and {@code usable} accepts it; otherwise 404. */
    public static <D> Mono<D> findUsable(ReactiveMongoTemplate mongo, Class<D> type, String kind, String id,
                                         Predicate<D> usable) {
        return mongo.findById(id, type)
                .filter(usable)
                .switchIfEmpty(Mono.error(() -> new NotFoundException(kind, id)));
    }
}
