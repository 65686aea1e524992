package org.coop.forum.common.adapter.web;

import java.util.List;
import org.coop.platform.web.BadRequestException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code page} (from 0) and {@code size} (1..100) of list endpoints, and the page they answer. */
public final class Paging {

    static final int MAX_SIZE = 100;

    private Paging() {
    }

    /** One page of a list, in the order the endpoint documents. */
    public record Page<T>(List<T> items, int page, int size) {
    }

    public static void check(int page, int size) {
        if (page < 0) {
            throw new BadRequestException(new BadRequestException.FieldError("page", "must be 0 or more", "min"));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException(new BadRequestException.FieldError("size",
                    "must be between 1 and " + MAX_SIZE, "range"));
        }
    }

    public static <T> Mono<Page<T>> page(Flux<T> items, int page, int size) {
        return items.collectList().map(list -> new Page<>(list, page, size));
    }
}
