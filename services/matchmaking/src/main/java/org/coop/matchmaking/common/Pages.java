package org.coop.matchmaking.common;

import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Mono;

/** Runs a list query as one page plus the total count. */
public final class Pages {

    /** Newest first, then by id so equal times keep one order across pages. */
    public static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id"));

    private Pages() {
    }

    public static <D, V> Mono<PageView<V>> find(ReactiveMongoTemplate mongo, Query query, Paging paging,
                                                Class<D> type, Function<D, V> view) {
        return mongo.count(Query.of(query).limit(0).skip(0), type)
                .flatMap(total -> mongo.find(Query.of(query).with(paging.sort()).skip(paging.offset())
                                .limit(paging.size()), type)
                        .map(view).collectList()
                        .map(items -> new PageView<>(items, paging.page(), paging.size(), total)));
    }
}
