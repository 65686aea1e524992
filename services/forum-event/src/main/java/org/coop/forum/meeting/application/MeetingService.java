package org.coop.forum.meeting.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.time.LocalDateTime;
import org.coop.forum.common.application.Refusals;
import org.coop.forum.common.domain.Actor;
import org.coop.forum.common.domain.FieldProblem;
import org.coop.forum.common.domain.Refused;
import org.coop.forum.forum.application.ForumLookups;
import org.coop.forum.forum.application.ForumStore;
import org.coop.forum.forum.application.StoredForum;
import org.coop.forum.forum.domain.Forum;
import org.coop.forum.forum.domain.ForumStatus;
import org.coop.forum.meeting.domain.Meeting;
import org.coop.forum.meeting.domain.MeetingGrid;
import org.coop.forum.registration.application.RegistrationStore;
import org.coop.platform.events.forum.MeetingCancelled;
import org.coop.platform.events.forum.MeetingScheduled;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Meetings between confirmed registrants of a published forum: requested by one organization,
 * scheduled when every invitee accepted (the slot is booked for all of them at once, or the
 * acceptance is refused with 409), cancelled by any of them. Suggestions come from accepted
 * matches between registrants.
 */
public class MeetingService {

    static final String KIND = "meeting";

    private final ForumStore forums;
    private final RegistrationStore registrations;
    private final MeetingStore meetings;
    private final MatchReplica matches;
    private final MeetingGrid grid;
    private final Clock clock;

    public MeetingService(ForumStore forums, RegistrationStore registrations, MeetingStore meetings,
                          MatchReplica matches, MeetingGrid grid, Clock clock) {
        this.forums = forums;
        this.registrations = registrations;
        this.meetings = meetings;
        this.matches = matches;
        this.grid = grid;
        this.clock = clock;
    }

    /** A suggestion to meet: an accepted match with an organization also confirmed at the forum. */
    public record Suggestion(String matchId, String organizationId) {
    }

    public Mono<Meeting> request(Actor actor, String forumId, List<String> invitees, LocalDateTime slot,
                                 String matchId, String note) {
        return publishedForum(actor, forumId).flatMap(forum -> {
            Meeting meeting = Meeting.request(UUID.randomUUID().toString(), forumId, actor, invitees, slot, grid,
                    forum.getDetails().startsOn(), forum.getDetails().endsOn(), matchId, note, clock.instant());
            return registrations.confirmedAmong(forumId, meeting.getOrganizationIds()).flatMap(confirmed -> {
                if (!confirmed.contains(actor.organizationId())) {
                    return Mono.error(Refused.wrongState("your organization has no confirmed registration to forum "
                            + forumId));
                }
                List<FieldProblem> problems = new ArrayList<>();
                for (int i = 0; i < invitees.size(); i++) {
                    if (!confirmed.contains(invitees.get(i))) {
                        problems.add(new FieldProblem("invitees[" + i + "]",
                                "has no confirmed registration to this forum", "not-registered"));
                    }
                }
                Refused.unlessEmpty(problems);
                return meetings.insert(meeting);
            });
        }).map(StoredMeeting::meeting).onErrorMap(error -> Refusals.translate(error, KIND, "new"));
    }

    public Mono<Meeting> get(Actor actor, String forumId, String meetingId) {
        return involving(actor, forumId, meetingId).map(StoredMeeting::meeting)
                .onErrorMap(error -> Refusals.translate(error, KIND, meetingId));
    }

    /** An invitee accepts; the last acceptance books the slot for every organization, all or none. */
    public Mono<Meeting> accept(Actor actor, String forumId, String meetingId) {
        return Refusals.retryingRaces(() -> publishedForum(actor, forumId)
                .then(involving(actor, forumId, meetingId)).flatMap(stored -> {
                    Meeting meeting = stored.meeting();
                    if (!meeting.accept(actor, clock.instant())) {
                        return meetings.update(stored, List.of());
                    }
                    return meetings.book(meeting).then(meetings.update(stored, List.of(scheduled(meeting)))
                            .onErrorResume(lost -> meetings.release(meeting).then(Mono.error(lost))));
                }))
                .map(StoredMeeting::meeting)
                .onErrorMap(error -> Refusals.translate(error, KIND, meetingId));
    }

    public Mono<Meeting> decline(Actor actor, String forumId, String meetingId) {
        return Refusals.retryingRaces(() -> involving(actor, forumId, meetingId).flatMap(stored -> {
                    stored.meeting().decline(actor, clock.instant());
                    return meetings.update(stored, List.of());
                }))
                .map(StoredMeeting::meeting)
                .onErrorMap(error -> Refusals.translate(error, KIND, meetingId));
    }

    /** Any organization of the meeting calls it off; a scheduled meeting frees its slot and says so. */
    public Mono<Meeting> cancel(Actor actor, String forumId, String meetingId, String reason) {
        return Refusals.retryingRaces(() -> involving(actor, forumId, meetingId).flatMap(stored -> {
                    Meeting meeting = stored.meeting();
                    if (!meeting.cancel(actor, reason, clock.instant())) {
                        return meetings.update(stored, List.of());
                    }
                    return meetings.update(stored, List.of(cancelled(meeting)))
                            .flatMap(saved -> meetings.release(meeting).thenReturn(saved));
                }))
                .map(StoredMeeting::meeting)
                .onErrorMap(error -> Refusals.translate(error, KIND, meetingId));
    }

    /** The caller's organization's requested and scheduled meetings at the forum, by slot. */
    public Flux<Meeting> agenda(Actor actor, String forumId) {
        return visibleForum(actor, forumId).flatMapMany(forum -> meetings.agenda(forumId, actor.organizationId()));
    }

    /** Organizations the caller's organization has an accepted match with that are confirmed at the forum too. */
    public Flux<Suggestion> suggestions(Actor actor, String forumId) {
        return visibleForum(actor, forumId)
                .flatMapMany(forum -> matches.of(actor.organizationId()))
                .collectList()
                .flatMapMany(accepted -> {
                    Set<String> partners = new LinkedHashSet<>();
                    accepted.forEach(match -> partners.addAll(match.organizationIds()));
                    partners.remove(actor.organizationId());
                    if (partners.isEmpty()) {
                        return Flux.empty();
                    }
                    return registrations.confirmedAmong(forumId, partners).flatMapMany(confirmed ->
                            Flux.fromIterable(accepted).flatMapIterable(match -> match.organizationIds().stream()
                                    .filter(confirmed::contains)
                                    .map(organization -> new Suggestion(match.matchId(), organization)).toList()));
                });
    }

    private Mono<StoredMeeting> involving(Actor actor, String forumId, String meetingId) {
        return meetings.find(meetingId)
                .filter(stored -> stored.meeting().getForumId().equals(forumId)
                        && stored.meeting().involves(actor.organizationId()))
                .switchIfEmpty(Mono.error(Refusals::notFound));
    }

    private Mono<Forum> visibleForum(Actor actor, String forumId) {
        return ForumLookups.visible(forums, actor, forumId).map(StoredForum::forum);
    }

    private Mono<Forum> publishedForum(Actor actor, String forumId) {
        return visibleForum(actor, forumId).flatMap(forum -> forum.getStatus() == ForumStatus.PUBLISHED
                ? Mono.just(forum) : Mono.error(Refused.wrongState("forum " + forumId + " is " + forum.getStatus())));
    }

    private MeetingScheduled scheduled(Meeting m) {
        return new MeetingScheduled(m.getId(), m.getForumId(), m.getSlotStartsAt(), m.getSlotEndsAt(),
                m.getOrganizationIds(), m.getRequestedByOrganizationId(), m.getMatchId(), m.getScheduledAt());
    }

    private MeetingCancelled cancelled(Meeting m) {
        return new MeetingCancelled(m.getId(), m.getForumId(), m.getSlotStartsAt(), m.getOrganizationIds(),
                m.getClosedByOrganizationId(), m.getCancelReason(), m.getClosedAt());
    }
}
