package org.coop.matchmaking.subscriptions;

import jakarta.validation.Valid;
import java.net.URI;
import org.coop.matchmaking.common.PageView;
import org.coop.matchmaking.common.Paging;
import org.coop.platform.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /api/matchmaking/subscriptions}: standing queries of enterprises and institutions, and their webhook log. */
@RestController
@RequestMapping("/api/matchmaking/subscriptions")
public class SubscriptionController {

    private final SubscriptionService subscriptions;
    private final DeliveryLog deliveries;
    private final int maxPageSize;

    public SubscriptionController(SubscriptionService subscriptions, DeliveryLog deliveries,
                                  @Value("${matchmaking.page-size-max:100}") int maxPageSize) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.maxPageSize = maxPageSize;
    }

    @PostMapping
    public Mono<ResponseEntity<SubscriptionView>> create(@Valid @RequestBody SubscriptionRequest request) {
        return CurrentUser.get().flatMap(caller -> subscriptions.create(caller, request))
                .map(s -> ResponseEntity.created(URI.create("/api/matchmaking/subscriptions/" + s.id())).body(s));
    }

    @GetMapping
    public Mono<PageView<SubscriptionView>> list(@RequestParam(defaultValue = "0") int page,
                                                 @RequestParam(defaultValue = "20") int size,
                                                 @RequestParam(required = false) String sort) {
        Paging paging = Paging.of(page, size, sort, SubscriptionService.SORTABLE, SubscriptionService.DEFAULT_SORT,
                maxPageSize);
        return CurrentUser.get().flatMap(caller -> subscriptions.list(caller, paging));
    }

    @GetMapping("/{id}")
    public Mono<SubscriptionView> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(caller -> subscriptions.get(caller, id));
    }

    @PutMapping("/{id}")
    public Mono<SubscriptionView> revise(@PathVariable String id, @Valid @RequestBody SubscriptionRequest request) {
        return CurrentUser.get().flatMap(caller -> subscriptions.revise(caller, id, request));
    }

    @PostMapping("/{id}/pause")
    public Mono<SubscriptionView> pause(@PathVariable String id) {
        return CurrentUser.get().flatMap(caller -> subscriptions.pause(caller, id));
    }

    @PostMapping("/{id}/resume")
    public Mono<SubscriptionView> resume(@PathVariable String id) {
        return CurrentUser.get().flatMap(caller -> subscriptions.resume(caller, id));
    }

    /** Cancels the subscription: it is no longer matched, and compaction forgets it. */
    @DeleteMapping("/{id}")
    public Mono<SubscriptionView> cancel(@PathVariable String id) {
        return CurrentUser.get().flatMap(caller -> subscriptions.cancel(caller, id));
    }

    /** The webhook attempts for this subscription, newest first. */
    @GetMapping("/{id}/deliveries")
    public Mono<PageView<DeliveryLog.Attempt>> deliveries(@PathVariable String id,
                                                          @RequestParam(defaultValue = "0") int page,
                                                          @RequestParam(defaultValue = "20") int size) {
        Paging paging = Paging.of(page, size, null, DeliveryLog.SORTABLE, DeliveryLog.DEFAULT_SORT, maxPageSize);
        return CurrentUser.get().flatMap(caller -> subscriptions.owned(caller, id))
                .flatMap(subscription -> deliveries.of(subscription.id, paging));
    }
}
