package org.coop.platform.events.forum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * An organization's registration to a forum is confirmed (a seat is held for each attendee).
 * Evidence for a fast-track trip to the forum's country and dates.
 *
 * @param attendeeUserIds the platform users holding the seats
 * @param forumCountry ISO 3166-1 alpha-2 of the venue
 */
@EventType(name = "org.coop.forum.RegistrationConfirmed", topic = Topics.FORUM_REGISTRATIONS)
public record RegistrationConfirmed(
        String registrationId,
        String forumId,
        String forumTitle,
        String organizationId,
        List<String> attendeeUserIds,
        String forumCountry,
        String forumCity,
        LocalDate startsOn,
        LocalDate endsOn,
        Instant confirmedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return forumId;
    }
}
