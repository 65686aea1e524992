package org.coop.forum.registration.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.coop.forum.common.domain.Actor;
import org.coop.forum.common.domain.FieldProblem;
import org.coop.forum.common.domain.Refused;

/**
 * One organization's registration to one forum: a single attendee, or a delegation of a lead
 * and up to the configured number of members, all holding seats together (a delegation is seated
 * whole or not at all). The seats themselves are counted by the forum's seat ledger; this
 * aggregate records the outcome, check-in and travel clearance.
 */
public class Registration {

    public enum Kind {
        SINGLE,
        DELEGATION
    }

    /** Why a registration ended. */
    public enum CancelReason {
        BY_REGISTRANT,
        TRIP_REJECTED
    }

    private String id;
    private String forumId;
    private String organizationId;
    private String registeredByUserId;
    private Kind kind;
    private Attendee lead;
    private List<Attendee> members = new ArrayList<>();
    private RegistrationStatus status;
    private long arrival;
    private Instant registeredAt;
    private Instant confirmedAt;
    private boolean promoted;
    private Instant cancelledAt;
    private CancelReason cancelReason;
    private RegistrationStatus statusBeforeCancel;
    private Instant checkedInAt;
    private String checkedInByUserId;
    private Set<String> travelClearedUserIds = new LinkedHashSet<>();

    protected Registration() {
    }

    /**
     * A registration of the caller's organization, pending its seats; refused with every
     * problem when the kind and the people do not fit together or exceed {@code maxMembers}.
     */
    public static Registration request(String id, String forumId, Actor registrant, Kind kind, Attendee lead,
                                       List<Attendee> members, int maxMembers, Instant now) {
        List<Attendee> others = members == null ? List.of() : List.copyOf(members);
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == Kind.SINGLE && !others.isEmpty()) {
            problems.add(new FieldProblem("members", "a single registration has no members", "single"));
        }
        if (kind == Kind.DELEGATION && (others.isEmpty() || others.size() > maxMembers)) {
            problems.add(new FieldProblem("members", "a delegation has 1 to " + maxMembers + " members besides its lead",
                    "delegation-size"));
        }
        Set<String> seen = new HashSet<>();
        List<Attendee> everyone = Stream.concat(Stream.of(lead), others.stream()).toList();
        for (int i = 0; i < everyone.size(); i++) {
            if (!seen.add(everyone.get(i).userId())) {
                problems.add(new FieldProblem(i == 0 ? "lead.userId" : "members[" + (i - 1) + "].userId",
                        "each attendee is listed once", "duplicate"));
            }
        }
        Refused.unlessEmpty(problems);
        Registration registration = new Registration();
        registration.id = id;
        registration.forumId = forumId;
        registration.organizationId = registrant.organizationId();
        registration.registeredByUserId = registrant.userId();
        registration.kind = kind;
        registration.lead = lead;
        registration.members = new ArrayList<>(others);
        registration.status = RegistrationStatus.PENDING;
        registration.registeredAt = now;
        return registration;
    }

    /** Records the outcome of the seat claim made at arrival. */
    public void seated(long arrivalNumber, boolean seatsTaken, Instant now) {
        requireStatus(RegistrationStatus.PENDING);
        arrival = arrivalNumber;
        status = seatsTaken ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        confirmedAt = seatsTaken ? now : null;
    }

    /** A waitlisted registration got its seats. */
    public void promote(Instant now) {
        requireStatus(RegistrationStatus.WAITLISTED);
        status = RegistrationStatus.CONFIRMED;
        promoted = true;
        confirmedAt = now;
    }

    /** Ends the registration; answers the number of seats it gives back (0 when it was waitlisted). */
    public int cancel(CancelReason reason, Instant now) {
        if (status != RegistrationStatus.CONFIRMED && status != RegistrationStatus.WAITLISTED) {
            throw Refused.wrongState("registration " + id + " is " + status + "; it cannot be cancelled");
        }
        statusBeforeCancel = status;
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = reason;
        return statusBeforeCancel == RegistrationStatus.CONFIRMED ? seats() : 0;
    }

    /** The organizer's staff checks the registration in at the venue, once. */
    public void checkIn(String staffUserId, Instant now) {
        requireStatus(RegistrationStatus.CONFIRMED);
        if (checkedInAt != null) {
            throw Refused.wrongState("registration " + id + " was already checked in at " + checkedInAt);
        }
        checkedInAt = now;
        checkedInByUserId = staffUserId;
    }

    /** Marks the attendees among {@code userIds} as cleared to travel; answers whether anything changed. */
    public boolean clearTravel(List<String> userIds) {
        boolean changed = false;
        for (String userId : userIds) {
            if (attendeeUserIds().contains(userId)) {
                changed |= travelClearedUserIds.add(userId);
            }
        }
        return changed;
    }

    /** Whether any of {@code userIds} holds (or waits for) a seat of this registration. */
    public boolean concernsAnyOf(List<String> userIds) {
        return userIds.stream().anyMatch(attendeeUserIds()::contains);
    }

    public boolean isActive() {
        return status == RegistrationStatus.CONFIRMED || status == RegistrationStatus.WAITLISTED;
    }

    public int seats() {
        return 1 + members.size();
    }

    public List<String> attendeeUserIds() {
        return Stream.concat(Stream.of(lead), members.stream()).map(Attendee::userId).toList();
    }

    private void requireStatus(RegistrationStatus expected) {
        if (status != expected) {
            throw Refused.wrongState("registration " + id + " is " + status + ", not " + expected);
        }
    }

    public String getId() {
        return id;
    }

    public String getForumId() {
        return forumId;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getRegisteredByUserId() {
        return registeredByUserId;
    }

    public Kind getKind() {
        return kind;
    }

    public Attendee getLead() {
        return lead;
    }

    public List<Attendee> getMembers() {
        return List.copyOf(members);
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public long getArrival() {
        return arrival;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public boolean isPromoted() {
        return promoted;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public CancelReason getCancelReason() {
        return cancelReason;
    }

    public RegistrationStatus getStatusBeforeCancel() {
        return statusBeforeCancel;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public String getCheckedInByUserId() {
        return checkedInByUserId;
    }

    public Set<String> getTravelClearedUserIds() {
        return Set.copyOf(travelClearedUserIds);
    }
}
