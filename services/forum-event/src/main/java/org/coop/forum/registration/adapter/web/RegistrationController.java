package org.coop.forum.registration.adapter.web;

import jakarta.validation.Valid;
import org.coop.forum.common.adapter.web.Actors;
import org.coop.forum.common.adapter.web.Paging;
import org.coop.forum.registration.application.RegistrationService;
import org.coop.forum.registration.domain.Registration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Registrations to a forum: registrants register and cancel; the organizer lists and checks in. */
@RestController
@RequestMapping("/api/forums/{forumId}/registrations")
public class RegistrationController {

    private final RegistrationService registrations;

    public RegistrationController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    /** CONFIRMED while seats remain, else WAITLISTED (201 either way; the status says which). */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<RegistrationView> register(@PathVariable String forumId,
                                           @Valid @RequestBody RegistrationRequests.RegistrationBody body) {
        return Actors.current().flatMap(actor -> registrations.register(actor, forumId,
                Registration.Kind.valueOf(body.kind()), body.lead().toAttendee(), body.memberList()))
                .map(RegistrationView::of);
    }

    /** The forum's registrations in arrival order, for its organizer. */
    @GetMapping
    public Mono<Paging.Page<RegistrationView>> list(@PathVariable String forumId,
                                                    @RequestParam(defaultValue = "0") int page,
                                                    @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        return Actors.current().flatMap(actor -> Paging.page(
                registrations.ofForum(actor, forumId, page, size).map(RegistrationView::of), page, size));
    }

    /** The caller's organization's live registration to the forum. */
    @GetMapping("/mine")
    public Mono<RegistrationView> mine(@PathVariable String forumId) {
        return Actors.current().flatMap(actor -> registrations.mine(actor, forumId)).map(RegistrationView::of);
    }

    @GetMapping("/{id}")
    public Mono<RegistrationView> get(@PathVariable String forumId, @PathVariable String id) {
        return Actors.current().flatMap(actor -> registrations.get(actor, forumId, id)).map(RegistrationView::of);
    }

    @PostMapping("/{id}/cancel")
    public Mono<RegistrationView> cancel(@PathVariable String forumId, @PathVariable String id) {
        return Actors.current().flatMap(actor -> registrations.cancel(actor, forumId, id)).map(RegistrationView::of);
    }

    @PostMapping("/{id}/check-in")
    public Mono<RegistrationView> checkIn(@PathVariable String forumId, @PathVariable String id) {
        return Actors.current().flatMap(actor -> registrations.checkIn(actor, forumId, id)).map(RegistrationView::of);
    }
}
