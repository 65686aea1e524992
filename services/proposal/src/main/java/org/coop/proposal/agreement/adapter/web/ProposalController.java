package org.coop.proposal.agreement.adapter.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.coop.platform.web.BadRequestException;
import org.coop.proposal.agreement.application.ProposalService;
import org.coop.proposal.agreement.domain.ProposalStatus;
import org.coop.proposal.agreement.domain.ProposalVersion;
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

/** Proposals: drafting (from scratch or from an accepted match), revising, commenting, submitting, signing. */
@RestController
@RequestMapping("/api/proposals")
public class ProposalController {

    private final ProposalService proposals;

    public ProposalController(ProposalService proposals) {
        this.proposals = proposals;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<ProposalViews.ProposalView> draft(@Valid @RequestBody ProposalRequests.DraftBody body) {
        return Actors.current().flatMap(actor -> proposals.draft(actor, body.mode(),
                body.parties().stream().map(ProposalRequests.PartyBody::toParty).toList(), body.content()))
                .map(ProposalViews.ProposalView::of);
    }

    /** A draft pre-filled with an accepted match's parties and mode; 404 unless the caller is party to the match. */
    @PostMapping("/from-match/{matchId}")
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<ProposalViews.ProposalView> draftFromMatch(@PathVariable String matchId,
                                                           @Valid @RequestBody ProposalRequests.FromMatchBody body) {
        return Actors.current().flatMap(actor -> proposals.draftFromMatch(actor, matchId, body.organizationNames(),
                body.content())).map(ProposalViews.ProposalView::of);
    }

    /** The proposals of the caller's organization, newest first. */
    @GetMapping
    public Mono<PageOf<ProposalViews.ProposalView>> mine(@RequestParam(required = false) String status,
                                                         @RequestParam(defaultValue = "0") int page,
                                                         @RequestParam(defaultValue = "20") int size) {
        PageOf.requireValid(page, size);
        ProposalStatus wanted = status(status);
        return Actors.current().flatMap(actor -> proposals.mine(actor, wanted, page, size)
                .map(ProposalViews.ProposalView::of).collectList()
                .map(items -> new PageOf<>(items, page, size)));
    }

    private static ProposalStatus status(String status) {
        if (status == null) {
            return null;
        }
        return Arrays.stream(ProposalStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new BadRequestException(new BadRequestException.FieldError("status",
                        "must be one of " + List.of(ProposalStatus.values()), "unknown-value")));
    }

    @GetMapping("/{id}")
    public Mono<ProposalViews.ProposalView> get(@PathVariable String id) {
        return Actors.current().flatMap(actor -> proposals.get(actor, id)).map(ProposalViews.ProposalView::of);
    }

    /** Every version, oldest first, each with its text, parties and author. */
    @GetMapping("/{id}/versions")
    public Mono<List<ProposalVersion>> versions(@PathVariable String id) {
        return Actors.current().flatMap(actor -> proposals.history(actor, id));
    }

    /** The next version; 409 when the version revised is no longer the current one. */
    @PostMapping("/{id}/revisions")
    public Mono<ProposalViews.ProposalView> revise(@PathVariable String id,
                                                   @Valid @RequestBody ProposalRequests.ReviseBody body) {
        return Actors.current().flatMap(actor -> proposals.revise(actor, id, body.version(), body.content(),
                body.newParties())).map(ProposalViews.ProposalView::of);
    }

    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<ProposalViews.ProposalView> comment(@PathVariable String id,
                                                    @Valid @RequestBody ProposalRequests.CommentBody body) {
        return Actors.current().flatMap(actor -> proposals.comment(actor, id, body.text(), body.field()))
                .map(ProposalViews.ProposalView::of);
    }

    @PostMapping("/{id}/submit")
    public Mono<ProposalViews.ProposalView> submit(@PathVariable String id) {
        return Actors.current().flatMap(actor -> proposals.submit(actor, id)).map(ProposalViews.ProposalView::of);
    }

    /** Signs for the caller's organization; 409 when it is another party's turn. */
    @PostMapping("/{id}/sign")
    public Mono<ProposalViews.ProposalView> sign(@PathVariable String id) {
        return Actors.current().flatMap(actor -> proposals.sign(actor, id)).map(ProposalViews.ProposalView::of);
    }

    @PostMapping("/{id}/withdraw")
    public Mono<ProposalViews.ProposalView> withdraw(@PathVariable String id,
                                                     @Valid @RequestBody(required = false)
                                                     ProposalRequests.WithdrawBody body) {
        return Actors.current().flatMap(actor -> proposals.withdraw(actor, id, body == null ? null : body.reason()))
                .map(ProposalViews.ProposalView::of);
    }
}
