package org.coop.platform.events.approval;

import java.time.Instant;
import java.time.LocalDate;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/** The post-trip report was filed; {@code late} when after its due date. Its summary is public. */
@EventType(name = "org.coop.approval.TripReportFiled", topic = Topics.APPROVAL_TRIPS)
public record TripReportFiled(
        String tripId,
        String collegeOrganizationId,
        String filedByUserId,
        LocalDate dueOn,
        boolean late,
        String publicSummary,
        Instant filedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tripId;
    }
}
