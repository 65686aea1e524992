package org.coop.approval.trip.adapter.web;

import java.util.List;
import org.coop.platform.web.BadRequestException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code page} (from 0) and {@code size} (1..100) of list endpoints. */
final class Paging {

    static final int MAX_SIZE = 100;

    private Paging() {
    }

    static void check(int page, int size) {
        if (page < 0) {
            throw new BadRequestException(new BadRequestException.FieldError("page", "must be 0 or more", "min"));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException(new BadRequestException.FieldError("size",
                    "must be between 1 and " + MAX_SIZE, "range"));
        }
    }

    static <T> Mono<TripViews.Page<T>> page(Flux<T> items, int page, int size) {
        return items.collectList().map((List<T> list) -> new TripViews.Page<>(list, page, size));
    }
}
