package org.coop.matchmaking.offers;

import jakarta.validation.Valid;
import java.net.URI;
import org.coop.matchmaking.common.PageView;
import org.coop.matchmaking.common.Paging;
import org.coop.matchmaking.common.Withdrawal;
import org.coop.platform.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /api/matchmaking/offers}: enterprises and institutions post, revise, publish and withdraw offers. */
@RestController
@Validated
@RequestMapping("/api/matchmaking/offers")
public class OfferController {

    private final OfferService offers;
    private final int maxPageSize;

    public OfferController(OfferService offers, @Value("${matchmaking.page-size-max:100}") int maxPageSize) {
        this.offers = offers;
        this.maxPageSize = maxPageSize;
    }

    @PostMapping
    public Mono<ResponseEntity<OfferView>> create(@Valid @RequestBody OfferRequest request) {
        return CurrentUser.get().flatMap(caller -> offers.create(caller, request))
                .map(offer -> ResponseEntity.created(URI.create("/api/matchmaking/offers/" + offer.id())).body(offer));
    }

    @GetMapping
    public Mono<PageView<OfferView>> list(@RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "20") int size,
                                         @RequestParam(required = false) String sort,
                                         @RequestParam(required = false) OfferStatus status) {
        Paging paging = Paging.of(page, size, sort, OfferService.SORTABLE, OfferService.DEFAULT_SORT, maxPageSize);
        return CurrentUser.get().flatMap(caller -> offers.list(caller, paging, status));
    }

    @GetMapping("/{id}")
    public Mono<OfferView> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(caller -> offers.get(caller, id));
    }

    @PutMapping("/{id}")
    public Mono<OfferView> revise(@PathVariable String id, @Valid @RequestBody OfferRequest request) {
        return CurrentUser.get().flatMap(caller -> offers.revise(caller, id, request));
    }

    @PostMapping("/{id}/publish")
    public Mono<OfferView> publish(@PathVariable String id) {
        return CurrentUser.get().flatMap(caller -> offers.publish(caller, id));
    }

    @PostMapping("/{id}/withdraw")
    public Mono<OfferView> withdraw(@PathVariable String id, @RequestBody(required = false) @Valid Withdrawal body) {
        return CurrentUser.get().flatMap(caller -> offers.withdraw(caller, id, body == null ? null : body.reason()));
    }
}
