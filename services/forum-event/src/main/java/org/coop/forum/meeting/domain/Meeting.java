package org.coop.forum.meeting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.coop.forum.common.domain.Actor;
import org.coop.forum.common.domain.FieldProblem;
import org.coop.forum.common.domain.Refused;

/**
 * A one-to-one or small-group meeting at a forum in one fixed slot: requested by one
 * organization, scheduled once every invited organization accepted, declined by any of them.
 * That nobody is booked twice in a slot is guaranteed by the store's bookings, not here.
 */
public class Meeting {

    public static final int MAX_NOTE = 1000;

    private String id;
    private String forumId;
    private String requestedByOrganizationId;
    private String requestedByUserId;
    private List<String> organizationIds = new ArrayList<>();
    private Set<String> acceptedOrganizationIds = new LinkedHashSet<>();
    private LocalDateTime slotStartsAt;
    private LocalDateTime slotEndsAt;
    private String matchId;
    private String note;
    private MeetingStatus status;
    private Instant requestedAt;
    private Instant scheduledAt;
    private Instant closedAt;
    private String closedByOrganizationId;
    private String cancelReason;

    protected Meeting() {
    }

    /** A request of the caller's organization to meet {@code invitees} at the slot starting {@code slot}. */
    public static Meeting request(String id, String forumId, Actor requester, List<String> invitees,
                                  LocalDateTime slot, MeetingGrid grid, LocalDate forumStartsOn,
                                  LocalDate forumEndsOn, String matchId, String note, Instant now) {
        List<FieldProblem> problems = new ArrayList<>(grid.problems("slotStartsAt", slot, forumStartsOn, forumEndsOn));
        List<String> everyone = Stream.concat(Stream.of(requester.organizationId()),
                invitees == null ? Stream.empty() : invitees.stream()).toList();
        if (everyone.size() < 2 || everyone.size() > grid.maxOrganizations()) {
            problems.add(new FieldProblem("invitees", "a meeting has 1 to " + (grid.maxOrganizations() - 1)
                    + " invited organizations", "size"));
        } else if (new LinkedHashSet<>(everyone).size() != everyone.size()) {
            problems.add(new FieldProblem("invitees", "each organization is listed once, the requester not at all",
                    "duplicate"));
        }
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "at most " + MAX_NOTE + " characters", "size"));
        }
        Refused.unlessEmpty(problems);
        Meeting meeting = new Meeting();
        meeting.id = id;
        meeting.forumId = forumId;
        meeting.requestedByOrganizationId = requester.organizationId();
        meeting.requestedByUserId = requester.userId();
        meeting.organizationIds = new ArrayList<>(everyone);
        meeting.acceptedOrganizationIds.add(requester.organizationId());
        meeting.slotStartsAt = slot;
        meeting.slotEndsAt = grid.end(slot);
        meeting.matchId = matchId;
        meeting.note = note;
        meeting.status = MeetingStatus.REQUESTED;
        meeting.requestedAt = now;
        return meeting;
    }

    public boolean involves(String organizationId) {
        return organizationIds.contains(organizationId);
    }

    /** An invited organization accepts; answers true when that makes the meeting scheduled. */
    public boolean accept(Actor actor, Instant now) {
        requireInvitee(actor);
        acceptedOrganizationIds.add(actor.organizationId());
        if (acceptedOrganizationIds.containsAll(organizationIds)) {
            status = MeetingStatus.SCHEDULED;
            scheduledAt = now;
            return true;
        }
        return false;
    }

    public void decline(Actor actor, Instant now) {
        requireInvitee(actor);
        status = MeetingStatus.DECLINED;
        closedAt = now;
        closedByOrganizationId = actor.organizationId();
    }

    /** Any of its organizations calls the meeting off; answers whether it had been scheduled (its slot is freed). */
    public boolean cancel(Actor actor, String reason, Instant now) {
        if (status != MeetingStatus.REQUESTED && status != MeetingStatus.SCHEDULED) {
            throw Refused.wrongState("meeting " + id + " is " + status);
        }
        boolean wasScheduled = status == MeetingStatus.SCHEDULED;
        status = MeetingStatus.CANCELLED;
        closedAt = now;
        closedByOrganizationId = actor.organizationId();
        cancelReason = reason;
        return wasScheduled;
    }

    private void requireInvitee(Actor actor) {
        if (status != MeetingStatus.REQUESTED) {
            throw Refused.wrongState("meeting " + id + " is " + status + "; only a requested meeting is answered");
        }
        if (actor.belongsTo(requestedByOrganizationId)) {
            throw new Refused(Refused.Reason.NOT_PERMITTED, "the requesting organization does not answer its request");
        }
    }

    public String getId() {
        return id;
    }

    public String getForumId() {
        return forumId;
    }

    public String getRequestedByOrganizationId() {
        return requestedByOrganizationId;
    }

    public String getRequestedByUserId() {
        return requestedByUserId;
    }

    public List<String> getOrganizationIds() {
        return List.copyOf(organizationIds);
    }

    public Set<String> getAcceptedOrganizationIds() {
        return Set.copyOf(acceptedOrganizationIds);
    }

    public LocalDateTime getSlotStartsAt() {
        return slotStartsAt;
    }

    public LocalDateTime getSlotEndsAt() {
        return slotEndsAt;
    }

    public String getMatchId() {
        return matchId;
    }

    public String getNote() {
        return note;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedByOrganizationId() {
        return closedByOrganizationId;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
