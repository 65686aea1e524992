package org.coop.platform.events.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * A college submitted an overseas trip for approval; its route starts.
 *
 * @param track STANDARD or FAST_TRACK
 * @param destinations ISO 3166-1 alpha-2 codes, in travel order
 * @param policyVersion the version of the trip policy the request was judged under
 * @param routeSteps names of the route's steps, in order
 */
@EventType(name = "org.coop.approval.TripRequested", topic = Topics.APPROVAL_TRIPS)
public record TripRequested(
        String tripId,
        String collegeOrganizationId,
        String province,
        String requesterUserId,
        String track,
        boolean inPlan,
        List<String> destinations,
        LocalDate departureDate,
        LocalDate returnDate,
        List<String> travellerUserIds,
        String purpose,
        String policyVersion,
        List<String> routeSteps,
        List<EvidenceRef> evidence,
        Instant requestedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tripId;
    }
}
