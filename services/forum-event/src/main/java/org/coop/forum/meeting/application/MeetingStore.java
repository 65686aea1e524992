package org.coop.forum.meeting.application;

import java.util.List;
import org.coop.forum.meeting.domain.Meeting;
import org.coop.platform.events.DomainEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Meetings and their events (same document write), and the slot bookings that keep them apart. */
public interface MeetingStore {

    Mono<StoredMeeting> insert(Meeting meeting);

    Mono<StoredMeeting> update(StoredMeeting stored, List<? extends DomainEvent> events);

    Mono<StoredMeeting> find(String id);

    /** The organization's requested and scheduled meetings at the forum, by slot. */
    Flux<Meeting> agenda(String forumId, String organizationId);

    /**
     * Books the meeting's slot for each of its organizations, all or none: one booking per
     * (forum, slot, organization) under a unique key, so two meetings can never hold the same
     * organization in the same slot. Fails with a WRONG_STATE refusal naming the busy organization.
     */
    Mono<Void> book(Meeting meeting);

    /** Frees the slot the meeting booked (only its own bookings). */
    Mono<Void> release(Meeting meeting);
}
