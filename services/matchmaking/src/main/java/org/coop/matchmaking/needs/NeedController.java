package org.coop.matchmaking.needs;

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

/** {@code /api/matchmaking/needs}: colleges post, revise, publish and withdraw their cooperation needs. */
@RestController
@Validated
@RequestMapping("/api/matchmaking/needs")
public class NeedController {

    private final NeedService needs;
    private final int maxPageSize;

    public NeedController(NeedService needs, @Value("${matchmaking.page-size-max:100}") int maxPageSize) {
        this.needs = needs;
        this.maxPageSize = maxPageSize;
    }

    @PostMapping
    public Mono<ResponseEntity<NeedView>> create(@Valid @RequestBody NeedRequest request) {
        return CurrentUser.get().flatMap(caller -> needs.create(caller, request))
                .map(need -> ResponseEntity.created(URI.create("/api/matchmaking/needs/" + need.id())).body(need));
    }

    @GetMapping
    public Mono<PageView<NeedView>> list(@RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "20") int size,
                                         @RequestParam(required = false) String sort,
                                         @RequestParam(required = false) NeedStatus status) {
        Paging paging = Paging.of(page, size, sort, NeedService.SORTABLE, NeedService.DEFAULT_SORT, maxPageSize);
        return CurrentUser.get().flatMap(caller -> needs.list(caller, paging, status));
    }

    @GetMapping("/{id}")
    public Mono<NeedView> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(caller -> needs.get(caller, id));
    }

    @PutMapping("/{id}")
    public Mono<NeedView> revise(@PathVariable String id, @Valid @RequestBody NeedRequest request) {
        return CurrentUser.get().flatMap(caller -> needs.revise(caller, id, request));
    }

    @PostMapping("/{id}/publish")
    public Mono<NeedView> publish(@PathVariable String id) {
        return CurrentUser.get().flatMap(caller -> needs.publish(caller, id));
    }

    @PostMapping("/{id}/withdraw")
    public Mono<NeedView> withdraw(@PathVariable String id, @RequestBody(required = false) @Valid Withdrawal body) {
        return CurrentUser.get().flatMap(caller -> needs.withdraw(caller, id, body == null ? null : body.reason()));
    }
}
