package org.coop.platform.events.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * The last step approved: the travellers are cleared to go. Forum-event clears the delegates'
 * travel for the registrations among {@code evidence}.
 */
@EventType(name = "org.coop.approval.TripApproved", topic = Topics.APPROVAL_TRIPS)
public record TripApproved(
        String tripId,
        String collegeOrganizationId,
        String province,
        String track,
        List<String> travellerUserIds,
        List<String> destinations,
        LocalDate departureDate,
        LocalDate returnDate,
        LocalDate reportDueOn,
        List<EvidenceRef> evidence,
        String policyVersion,
        Instant approvedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tripId;
    }
}
