package org.coop.matchmaking.matches;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.coop.matchmaking.common.PageView;
import org.coop.matchmaking.common.Paging;
import org.coop.platform.events.CooperationModel;
import org.coop.platform.security.CurrentUser;
import org.coop.platform.web.BadRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /api/matchmaking/matches}: each party's matches by score; accept, decline; officers broker. */
@RestController
@Validated
@RequestMapping("/api/matchmaking/matches")
public class MatchController {

    private final MatchService matches;
    private final MatchBroker matching;
    private final int maxPageSize;

    public MatchController(MatchService matches, MatchBroker matching,
                           @Value("${matchmaking.page-size-max:100}") int maxPageSize) {
        this.matches = matches;
        this.matching = matching;
        this.maxPageSize = maxPageSize;
    }

    @GetMapping
    public Mono<PageView<MatchView>> list(@RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "20") int size,
                                          @RequestParam(required = false) String sort,
                                          @RequestParam(required = false) MatchStatus status,
                                          @RequestParam(required = false) String needId) {
        Paging paging = Paging.of(page, size, sort, MatchService.SORTABLE, MatchService.DEFAULT_SORT, maxPageSize);
        return CurrentUser.get().flatMap(caller -> matches.list(caller, paging, status, needId));
    }

    /**
     * An officer of the need's province puts a need and a partner together (name either a
     * subscription or an offer); the match is recommended to both.
     */
    @PostMapping
    public Mono<ResponseEntity<MatchView>> broker(@Valid @RequestBody BrokeredMatchRequest request) {
        if ((request.subscriptionId() == null) == (request.offerId() == null)) {
            throw new BadRequestException(new BadRequestException.FieldError("subscriptionId",
                    "name either a subscriptionId or an offerId", "OneOf"));
        }
        return CurrentUser.get().flatMap(caller -> matching.brokerPair(caller, request.needId(),
                        request.subscriptionId(), request.offerId(), request.reason())
                .map(match -> ResponseEntity.created(URI.create("/api/matchmaking/matches/" + match.id))
                        .body(MatchView.of(match, "OFFICER"))));
    }

    @GetMapping("/brokers")
    public Mono<List<MatchService.BrokerCount>> brokers() {
        return CurrentUser.get().flatMap(matches::brokerCounts);
    }

    @GetMapping("/{id}")
    public Mono<MatchView> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(caller -> matches.get(caller, id));
    }

    @PostMapping("/{id}/accept")
    public Mono<MatchView> accept(@PathVariable String id) {
        return CurrentUser.get().flatMap(caller -> matches.accept(caller, id));
    }

    @PostMapping("/{id}/decline")
    public Mono<MatchView> decline(@PathVariable String id, @Valid @RequestBody DeclineRequest request) {
        return CurrentUser.get().flatMap(caller -> matches.decline(caller, id, request.reason(), request.text()));
    }

    @PostMapping("/{id}/recommend")
    public Mono<MatchView> recommend(@PathVariable String id, @Valid @RequestBody RecommendRequest request) {
        return CurrentUser.get().flatMap(caller -> matches.recommend(caller, id, request.reason()));
    }

    @PostMapping("/{id}/third-party")
    public Mono<MatchView> thirdParty(@PathVariable String id, @Valid @RequestBody ThirdPartyRequest request) {
        return CurrentUser.get().flatMap(caller -> matches.addThirdParty(caller, id, request.organizationId(),
                request.role(), request.cooperationModel(), request.reason()));
    }

    /** A need and a partner an officer puts together, and why. */
    public record BrokeredMatchRequest(@NotBlank @Size(max = 100) String needId,
                                       @Size(max = 100) String subscriptionId,
                                       @Size(max = 100) String offerId,
                                       @NotBlank @Size(max = 1000) String reason) {
    }

    /** Why a side declines: one of the fixed reasons, and optional text. */
    public record DeclineRequest(@NotNull DeclineReason reason, @Size(max = 1000) String text) {
    }

    /** Why an officer recommends the match. */
    public record RecommendRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    /** The third party an officer adds, its role, the resulting cooperation model and why. */
    public record ThirdPartyRequest(@NotBlank @Size(max = 100) String organizationId,
                                    @NotNull @Pattern(regexp = "INTERMEDIARY|GOVERNMENT") String role,
                                    @NotNull CooperationModel cooperationModel,
                                    @NotBlank @Size(max = 1000) String reason) {
    }
}
