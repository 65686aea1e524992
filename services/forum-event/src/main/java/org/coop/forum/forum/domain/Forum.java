package org.coop.forum.forum.domain;

import java.time.Instant;
import java.util.List;
import org.coop.forum.common.domain.Actor;
import org.coop.forum.common.domain.Refused;

/**
 * A forum of one organizer organization. Drafts change freely and only the organizer sees them;
 * once published, revisions are announced, and capacity may only go down as far as the seats
 * already confirmed (the seat ledger enforces that atomically, see {@code SeatLedger}).
 */
public class Forum {

    private String id;
    private String organizerOrganizationId;
    private String createdByUserId;
    private ForumDetails details;
    private ForumStatus status;
    private int revision;
    private Instant createdAt;
    private Instant publishedAt;
    private Instant cancelledAt;
    private String cancelReason;

    protected Forum() {
    }

    /** A new draft of the organizer's organization; details with problems are refused, every problem listed. */
    public static Forum draft(String id, Actor organizer, ForumDetails details, Instant now) {
        if (!organizer.isOrganizer()) {
            throw new Refused(Refused.Reason.NOT_PERMITTED, "only forum organizers create forums");
        }
        Refused.unlessEmpty(details.problems());
        Forum forum = new Forum();
        forum.id = id;
        forum.organizerOrganizationId = organizer.organizationId();
        forum.createdByUserId = organizer.userId();
        forum.details = details;
        forum.status = ForumStatus.DRAFT;
        forum.createdAt = now;
        return forum;
    }

    /** Whether {@code actor} may see the forum: published and cancelled forums are public, drafts are the organizer's. */
    public boolean visibleTo(Actor actor) {
        return status != ForumStatus.DRAFT || actor.belongsTo(organizerOrganizationId);
    }

    /** Refuses, as not found, anyone but the organizer organization's forum organizers. */
    public void requireManagedBy(Actor actor) {
        if (!actor.isOrganizer() || !actor.belongsTo(organizerOrganizationId)) {
            throw new Refused(Refused.Reason.NOT_FOUND, "not the organizer of forum " + id);
        }
    }

    public void publish(Actor actor, Instant now) {
        requireManagedBy(actor);
        if (status != ForumStatus.DRAFT) {
            throw Refused.wrongState("forum " + id + " is " + status + "; only a draft is published");
        }
        status = ForumStatus.PUBLISHED;
        publishedAt = now;
    }

    /**
     * Replaces the details; answers the names of the changed fields. A published forum counts a
     * revision; a cancelled one cannot change.
     */
    public List<String> revise(Actor actor, ForumDetails revised) {
        requireManagedBy(actor);
        if (status == ForumStatus.CANCELLED) {
            throw Refused.wrongState("forum " + id + " is cancelled");
        }
        Refused.unlessEmpty(revised.problems());
        List<String> changed = revised.changedFrom(details);
        details = revised;
        if (status == ForumStatus.PUBLISHED && !changed.isEmpty()) {
            revision++;
        }
        return changed;
    }

    public void cancel(Actor actor, String reason, Instant now) {
        requireManagedBy(actor);
        if (status != ForumStatus.PUBLISHED) {
            throw Refused.wrongState("forum " + id + " is " + status + "; only a published forum is cancelled");
        }
        status = ForumStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = reason;
    }

    /** Refuses a registration unless the forum is published and {@code now} is inside its window. */
    public void requireRegistrationOpen(Instant now) {
        if (status != ForumStatus.PUBLISHED) {
            throw Refused.wrongState("forum " + id + " is " + status + "; registration is closed");
        }
        if (now.isBefore(details.registrationOpensAt()) || !now.isBefore(details.registrationClosesAt())) {
            throw Refused.wrongState("registration to forum " + id + " is open from "
                    + details.registrationOpensAt() + " until " + details.registrationClosesAt());
        }
    }

    public String getId() {
        return id;
    }

    public String getOrganizerOrganizationId() {
        return organizerOrganizationId;
    }

    public String getCreatedByUserId() {
        return createdByUserId;
    }

    public ForumDetails getDetails() {
        return details;
    }

    public ForumStatus getStatus() {
        return status;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
