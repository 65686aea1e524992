package org.coop.forum.meeting.adapter.web;

import jakarta.validation.Valid;
import java.util.List;
import org.coop.forum.common.adapter.web.Actors;
import org.coop.forum.meeting.application.MeetingService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Meetings at a forum between its confirmed registrants, the caller's agenda and meeting suggestions. */
@RestController
@RequestMapping("/api/forums/{forumId}")
public class MeetingController {

    private final MeetingService meetings;

    public MeetingController(MeetingService meetings) {
        this.meetings = meetings;
    }

    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<MeetingView> request(@PathVariable String forumId, @Valid @RequestBody MeetingRequests.MeetingBody body) {
        return Actors.current().flatMap(actor -> meetings.request(actor, forumId, body.invitees(), body.slotStartsAt(),
                body.matchId(), body.note())).map(MeetingView::of);
    }

    /** Organizations the caller's organization has an accepted match with that are confirmed at this forum too. */
    @GetMapping("/meetings/suggestions")
    public Mono<List<MeetingService.Suggestion>> suggestions(@PathVariable String forumId) {
        return Actors.current().flatMapMany(actor -> meetings.suggestions(actor, forumId)).collectList();
    }

    @GetMapping("/meetings/{id}")
    public Mono<MeetingView> get(@PathVariable String forumId, @PathVariable String id) {
        return Actors.current().flatMap(actor -> meetings.get(actor, forumId, id)).map(MeetingView::of);
    }

    @PostMapping("/meetings/{id}/accept")
    public Mono<MeetingView> accept(@PathVariable String forumId, @PathVariable String id) {
        return Actors.current().flatMap(actor -> meetings.accept(actor, forumId, id)).map(MeetingView::of);
    }

    @PostMapping("/meetings/{id}/decline")
    public Mono<MeetingView> decline(@PathVariable String forumId, @PathVariable String id) {
        return Actors.current().flatMap(actor -> meetings.decline(actor, forumId, id)).map(MeetingView::of);
    }

    @PostMapping("/meetings/{id}/cancel")
    public Mono<MeetingView> cancel(@PathVariable String forumId, @PathVariable String id,
                                    @Valid @RequestBody MeetingRequests.CancelBody body) {
        return Actors.current().flatMap(actor -> meetings.cancel(actor, forumId, id, body.reason()))
                .map(MeetingView::of);
    }

    /** The caller's organization's requested and scheduled meetings at the forum, by slot. */
    @GetMapping("/agenda")
    public Mono<List<MeetingView>> agenda(@PathVariable String forumId) {
        return Actors.current().flatMapMany(actor -> meetings.agenda(actor, forumId)).map(MeetingView::of)
                .collectList();
    }
}
