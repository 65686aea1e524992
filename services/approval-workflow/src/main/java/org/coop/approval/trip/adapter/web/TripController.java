package org.coop.approval.trip.adapter.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.coop.approval.trip.application.TrailService;
import org.coop.approval.trip.application.TripService;
import org.coop.approval.trip.domain.TrailEntry;
import org.coop.approval.trip.domain.TrailVerification;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Trip requests, decisions on them, reports and their audit trail. */
@RestController
@RequestMapping("/api/approvals/trips")
public class TripController {

    private final TripService trips;
    private final TrailService trails;

    public TripController(TripService trips, TrailService trails) {
        this.trips = trips;
        this.trails = trails;
    }

    /** Every rule the request would break, with its values; nothing is stored. */
    @PostMapping("/check")
    public Mono<TripViews.CheckView> check(@Valid @RequestBody TripRequests.TripBody body) {
        return Actors.current().flatMap(actor -> trips.check(actor, body.toDraft(actor))).map(TripViews.CheckView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<TripViews.TripView> submit(@Valid @RequestBody TripRequests.TripBody body) {
        return Actors.current().flatMap(actor -> trips.submit(actor, body.toDraft(actor))).map(TripViews.TripView::of);
    }

    @GetMapping
    public Mono<TripViews.Page<TripViews.TripView>> list(@RequestParam(required = false) String status,
                                                         @RequestParam(defaultValue = "0") int page,
                                                         @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return Actors.current().flatMap(actor -> Paging.page(
                trips.list(actor, status, page, size).map(TripViews.TripView::of), page, size));
    }

    @GetMapping("/{id}")
    public Mono<TripViews.TripView> get(@PathVariable String id) {
        return Actors.current().flatMap(actor -> trips.get(actor, id)).map(TripViews.TripView::of);
    }

    @PostMapping("/{id}/decisions")
    public Mono<TripViews.TripView> decide(@PathVariable String id, @Valid @RequestBody TripRequests.DecisionBody body) {
        return Actors.current().flatMap(actor -> trips.decide(actor, id,
                new TripService.Decision(body.action(), body.comment(), body.reason(), body.toStep())))
                .map(TripViews.TripView::of);
    }

    @PostMapping("/{id}/recall")
    public Mono<TripViews.TripView> recall(@PathVariable String id, @Valid @RequestBody TripRequests.RecallBody body) {
        return Actors.current().flatMap(actor -> trips.recall(actor, id, body.comment())).map(TripViews.TripView::of);
    }

    @PostMapping("/{id}/resubmit")
    public Mono<TripViews.TripView> resubmit(@PathVariable String id,
                                             @Valid @RequestBody TripRequests.ResubmitBody body) {
        return Actors.current().flatMap(actor -> trips.resubmit(actor, id, body.comment(),
                TripRequests.attachments(body.attachments()))).map(TripViews.TripView::of);
    }

    @PostMapping("/{id}/report")
    public Mono<TripViews.TripView> report(@PathVariable String id, @Valid @RequestBody TripRequests.ReportBody body) {
        return Actors.current().flatMap(actor -> trips.fileReport(actor, id, body.text(), body.publicSummary()))
                .map(TripViews.TripView::of);
    }

    @GetMapping("/{id}/trail")
    public Mono<List<TrailEntry>> trail(@PathVariable String id) {
        return Actors.current().flatMap(actor -> trails.trail(actor, id));
    }

    /** Re-computes the hash chain; names the first broken entry if any. */
    @GetMapping("/{id}/trail/verification")
    public Mono<TrailVerification> verify(@PathVariable String id) {
        return Actors.current().flatMap(actor -> trails.verify(actor, id));
    }

    /** The trail as a JSON or CSV download, for officers. */
    @GetMapping("/{id}/trail/export")
    public Mono<ResponseEntity<?>> export(@PathVariable String id,
                                          @RequestParam(defaultValue = "json") String format) {
        if (!format.equals("json") && !format.equals("csv")) {
            return Mono.error(new org.coop.platform.web.BadRequestException(
                    new org.coop.platform.web.BadRequestException.FieldError("format", "must be json or csv",
                            "unknown-value")));
        }
        return Actors.current().flatMap(actor -> trails.export(actor, id)).map(trail -> {
            String filename = "trip-" + id + "-trail." + format;
            ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
            if (format.equals("csv")) {
                return ok.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                        .body(TrailService.csv(trail));
            }
            return ok.contentType(MediaType.APPLICATION_JSON).body(Map.of("tripId", id, "entries", trail));
        });
    }
}
