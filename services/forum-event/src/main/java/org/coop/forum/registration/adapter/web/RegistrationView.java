package org.coop.forum.registration.adapter.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.coop.forum.registration.domain.Attendee;
import org.coop.forum.registration.domain.Registration;

/** A registration as the API answers it. */
public record RegistrationView(String id, String forumId, String organizationId, String kind, Attendee lead,
                               List<Attendee> members, int seats, String status, long arrival, boolean promoted,
                               Instant registeredAt, Instant confirmedAt, Instant cancelledAt, String cancelReason,
                               Instant checkedInAt, String checkedInByUserId, Set<String> travelClearedUserIds) {

    static RegistrationView of(Registration r) {
        return new RegistrationView(r.getId(), r.getForumId(), r.getOrganizationId(), r.getKind().name(), r.getLead(),
                r.getMembers(), r.seats(), r.getStatus().name(), r.getArrival(), r.isPromoted(), r.getRegisteredAt(),
                r.getConfirmedAt(), r.getCancelledAt(), r.getCancelReason() == null ? null : r.getCancelReason().name(),
                r.getCheckedInAt(), r.getCheckedInByUserId(), r.getTravelClearedUserIds());
    }
}
