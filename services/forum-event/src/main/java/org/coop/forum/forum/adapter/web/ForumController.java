package org.coop.forum.forum.adapter.web;

import jakarta.validation.Valid;
import org.coop.forum.common.adapter.web.Actors;
import org.coop.forum.common.adapter.web.Paging;
import org.coop.forum.forum.application.ForumService;
import org.coop.platform.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Forums: organizers create, publish, revise and cancel theirs; everyone signed in reads published ones. */
@RestController
@RequestMapping("/api/forums")
public class ForumController {

    private static final java.util.Set<String> STATUSES = java.util.Set.of("DRAFT", "PUBLISHED", "CANCELLED");

    private final ForumService forums;

    public ForumController(ForumService forums) {
        this.forums = forums;
    }

    /** A new draft of the caller's organization (a forum organizer). */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<ForumView> create(@Valid @RequestBody ForumRequests.ForumBody body) {
        return Actors.current().flatMap(actor -> forums.create(actor, body.toDetails())).map(ForumView::of);
    }

    /**
     * Forums sorted by start date: published and cancelled ones by default, filtered by
     * {@code status} and {@code country}; {@code status=DRAFT} lists the caller's own drafts.
     */
    @GetMapping
    public Mono<Paging.Page<ForumView>> list(@RequestParam(required = false) String country,
                                             @RequestParam(required = false) String status,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "20") int size) {
        if (status != null && !STATUSES.contains(status)) {
            return Mono.error(new BadRequestException(new BadRequestException.FieldError("status",
                    "must be one of " + STATUSES, "unknown-value")));
        }
        Paging.check(page, size);
        return Actors.current().flatMap(actor -> Paging.page(
                forums.list(actor, country, status, page, size).map(ForumView::of), page, size));
    }

    @GetMapping("/{id}")
    public Mono<ForumView> get(@PathVariable String id) {
        return Actors.current().flatMap(actor -> forums.get(actor, id)).map(ForumView::of);
    }

    /** Replaces the details; a published forum announces the revision (capacity not below confirmed seats). */
    @PutMapping("/{id}")
    public Mono<ForumView> revise(@PathVariable String id, @Valid @RequestBody ForumRequests.ForumBody body) {
        return Actors.current().flatMap(actor -> forums.revise(actor, id, body.toDetails())).map(ForumView::of);
    }

    @PostMapping("/{id}/publish")
    public Mono<ForumView> publish(@PathVariable String id) {
        return Actors.current().flatMap(actor -> forums.publish(actor, id)).map(ForumView::of);
    }

    @PostMapping("/{id}/cancel")
    public Mono<ForumView> cancel(@PathVariable String id, @Valid @RequestBody ForumRequests.CancelBody body) {
        return Actors.current().flatMap(actor -> forums.cancel(actor, id, body.reason())).map(ForumView::of);
    }
}
