package org.coop.matchmaking.common;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coop.platform.web.BadRequestException;
import org.springframework.data.domain.Sort;

/**
 * Page, size and sort of a list request, checked: pages count from 0, a page holds at most
 * {@code maxSize} items, and only the named fields sort. {@code sort} reads {@code field} or
 * {@code field,asc|desc}.
 */
public record Paging(int page, int size, Sort sort) {

    public static Paging of(int page, int size, String sort, Set<String> sortable, Sort defaultSort, int maxSize) {
        if (page < 0) {
            throw new BadRequestException(new BadRequestException.FieldError("page", "must be 0 or more", "Min"));
        }
        if (size < 1 || size > maxSize) {
            throw new BadRequestException(new BadRequestException.FieldError("size",
                    "must be between 1 and " + maxSize + " (page size is capped)", "Range"));
        }
        if (sort == null || sort.isBlank()) {
            return new Paging(page, size, defaultSort);
        }
        String[] parts = sort.split(",");
        String field = parts[0].trim();
        if (!sortable.contains(field) || parts.length > 2) {
            throw new BadRequestException(new BadRequestException.FieldError("sort",
                    "sorts by one of " + sortable.stream().sorted().toList() + ", optionally followed by ,asc or ,desc",
                    "Sort"));
        }
        Sort.Direction direction = Sort.Direction.DESC;
        if (parts.length == 2) {
            String given = parts[1].trim().toLowerCase(Locale.ROOT);
            if (!List.of("asc", "desc").contains(given)) {
                throw new BadRequestException(new BadRequestException.FieldError("sort",
                        "direction must be asc or desc", "Sort"));
            }
            direction = "asc".equals(given) ? Sort.Direction.ASC : Sort.Direction.DESC;
        }
        return new Paging(page, size, Sort.by(direction, field).and(Sort.by(Sort.Direction.ASC, "_id")));
    }

    public long offset() {
        return (long) page * size;
    }
}
