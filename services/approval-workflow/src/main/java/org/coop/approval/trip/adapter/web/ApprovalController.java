package org.coop.approval.trip.adapter.web;

import jakarta.validation.Valid;
import java.util.Map;
import org.coop.approval.trip.application.DelegationService;
import org.coop.approval.trip.application.StatisticsService;
import org.coop.approval.trip.application.TripService;
import org.coop.approval.trip.domain.Delegation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The approver's side: tasks, delegations; the officers' lists and figures; the public summary. */
@RestController
@RequestMapping("/api/approvals")
public class ApprovalController {

    private final TripService trips;
    private final DelegationService delegations;
    private final StatisticsService statistics;

    public ApprovalController(TripService trips, DelegationService delegations, StatisticsService statistics) {
        this.trips = trips;
        this.delegations = delegations;
        this.statistics = statistics;
    }

    /** Trips waiting for the caller's decision (directly or as a delegate), soonest due first. */
    @GetMapping("/tasks")
    public Mono<TripViews.Page<TripService.Task>> tasks(@RequestParam(defaultValue = "0") int page,
                                                        @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return Actors.current().flatMap(actor -> Paging.page(trips.tasks(actor, page, size), page, size));
    }

    @PostMapping("/delegations")
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<Delegation> delegate(@Valid @RequestBody TripRequests.DelegationBody body) {
        return Actors.current().flatMap(actor -> delegations.delegate(actor, body.delegateUserId(),
                body.delegateName(), body.from(), body.to(), body.reason()));
    }

    @GetMapping("/delegations")
    public Mono<TripViews.Page<Delegation>> myDelegations(@RequestParam(defaultValue = "0") int page,
                                                          @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return Actors.current().flatMap(actor -> Paging.page(delegations.mine(actor, page, size), page, size));
    }

    @DeleteMapping("/delegations/{id}")
    public Mono<Delegation> revoke(@PathVariable String id) {
        return Actors.current().flatMap(actor -> delegations.revoke(actor, id));
    }

    /** Approved trips of the officer's province whose report is overdue. */
    @GetMapping("/reports/overdue")
    public Mono<TripViews.Page<TripViews.TripView>> overdueReports(@RequestParam(defaultValue = "0") int page,
                                                                   @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return Actors.current().flatMap(actor -> Paging.page(
                trips.overdueReports(actor, page, size).map(TripViews.TripView::of), page, size));
    }

    @GetMapping("/statistics")
    public Mono<StatisticsService.Statistics> statistics() {
        return Actors.current().flatMap(statistics::of);
    }

    /** The published fields of an approved trip; no token needed. */
    @GetMapping("/public/trips/{id}")
    public Mono<Map<String, Object>> publicSummary(@PathVariable String id) {
        return trips.publicSummary(id);
    }
}
