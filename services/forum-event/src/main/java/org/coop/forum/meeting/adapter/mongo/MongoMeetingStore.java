package org.coop.forum.meeting.adapter.mongo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.coop.forum.common.adapter.mongo.Projections;
import org.coop.forum.common.domain.Refused;
import org.coop.forum.meeting.application.MeetingStore;
import org.coop.forum.meeting.application.StoredMeeting;
import org.coop.forum.meeting.domain.Meeting;
import org.coop.forum.meeting.domain.MeetingStatus;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.messaging.AggregateWriter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Meetings in {@code meetings} (through the {@link AggregateWriter}) and their slot bookings in
 * {@code meeting_bookings}: one document per (forum, slot, organization), keyed by exactly that,
 * so the store's unique {@code _id} refuses a second booking of an organization in a slot however
 * many acceptances race.
 */
public class MongoMeetingStore implements MeetingStore {

    static final String COLLECTION = "meetings";
    static final String BOOKINGS = "meeting_bookings";

    private final ReactiveMongoTemplate mongo;
    private final AggregateWriter writer;

    public MongoMeetingStore(ReactiveMongoTemplate mongo, AggregateWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    /**
     * A booking of a meeting whose scheduling was never written is left by a crash between the
     * booking and the meeting's write; one this old is no live acceptance's any more.
     */
    static final Duration UNWRITTEN_BOOKING_STALE_AFTER = Duration.ofMinutes(1);

    @Document(BOOKINGS)
    record Booking(@Id String key, String meetingId, Instant bookedAt) {
    }

    public Mono<Void> createIndexes() {
        return Flux.concat(
                mongo.indexOps(COLLECTION).createIndex(new Index().on("meeting.forumId", Sort.Direction.ASC)
                        .on("meeting.organizationIds", Sort.Direction.ASC).named("by_forum_organization")),
                mongo.indexOps(BOOKINGS).createIndex(new Index().on("meetingId", Sort.Direction.ASC)
                        .named("by_meeting")))
                .then();
    }

    @Override
    public Mono<StoredMeeting> insert(Meeting meeting) {
        return writer.insert(new MeetingDocument(meeting.getId(), null, meeting), List.of())
                .map(MongoMeetingStore::stored);
    }

    @Override
    public Mono<StoredMeeting> update(StoredMeeting stored, List<? extends DomainEvent> events) {
        return writer.update(new MeetingDocument(stored.meeting().getId(), stored.version(), stored.meeting()), events)
                .map(MongoMeetingStore::stored);
    }

    @Override
    public Mono<StoredMeeting> find(String id) {
        return mongo.findOne(read(Query.query(Criteria.where("_id").is(id))), MeetingDocument.class)
                .map(MongoMeetingStore::stored);
    }

    @Override
    public Flux<Meeting> agenda(String forumId, String organizationId) {
        Query query = Query.query(Criteria.where("meeting.forumId").is(forumId)
                        .and("meeting.organizationIds").is(organizationId)
                        .and("meeting.status").in(MeetingStatus.REQUESTED.name(), MeetingStatus.SCHEDULED.name()))
                .with(Sort.by(Sort.Order.asc("meeting.slotStartsAt"), Sort.Order.asc("_id")));
        return mongo.find(read(query), MeetingDocument.class).map(MeetingDocument::meeting);
    }

    @Override
    public Mono<Void> book(Meeting meeting) {
        return Flux.fromIterable(meeting.getOrganizationIds())
                .concatMap(organization -> bookOne(meeting, organization, true))
                .then()
                .onErrorResume(Refused.class, busy -> release(meeting).then(Mono.error(busy)));
    }

    /**
     * Books the organization's slot. A slot this meeting already holds (booked before a crash) stays
     * booked; one held by a stale booking (see {@link #clearIfStale}) is cleared and booked once
     * more; one held by a live meeting is refused.
     */
    private Mono<Void> bookOne(Meeting meeting, String organization, boolean mayClearStale) {
        String key = key(meeting, organization);
        return mongo.insert(new Booking(key, meeting.getId(), Instant.now())).then()
                .onErrorResume(DuplicateKeyException.class, taken -> clearIfStale(key, meeting.getId())
                        .flatMap(holder -> switch (holder) {
                            case THIS_MEETING -> Mono.<Void>empty();
                            case NOBODY -> mayClearStale ? bookOne(meeting, organization, false)
                                    : Mono.error(busy(meeting, organization));
                            case ANOTHER_MEETING -> Mono.error(busy(meeting, organization));
                        }));
    }

    private enum SlotHolder { THIS_MEETING, NOBODY, ANOTHER_MEETING }

    private static Refused busy(Meeting meeting, String organization) {
        return Refused.wrongState("organization " + organization + " already has a meeting in the slot "
                + meeting.getSlotStartsAt());
    }

    /**
     * Who holds a booked slot, after removing a booking a crash left behind: its meeting was
     * cancelled or declined but the release never ran, or it was booked for a meeting whose
     * scheduling was never written (older than {@link #UNWRITTEN_BOOKING_STALE_AFTER}).
     */
    private Mono<SlotHolder> clearIfStale(String key, String meetingId) {
        return mongo.findById(key, Booking.class)
                .flatMap(booking -> booking.meetingId().equals(meetingId) ? Mono.just(SlotHolder.THIS_MEETING)
                        : statusOf(booking.meetingId())
                                .map(status -> stale(booking, status))
                                .defaultIfEmpty(true)
                                .flatMap(stale -> !stale ? Mono.just(SlotHolder.ANOTHER_MEETING)
                                        : mongo.remove(Query.query(Criteria.where("_id").is(key)
                                                        .and("meetingId").is(booking.meetingId())), BOOKINGS)
                                                .thenReturn(SlotHolder.NOBODY)))
                // the booking went away meanwhile
                .defaultIfEmpty(SlotHolder.NOBODY);
    }

    private static boolean stale(Booking booking, MeetingStatus status) {
        return switch (status) {
            case SCHEDULED -> false;
            case CANCELLED, DECLINED -> true;
            case REQUESTED -> booking.bookedAt() == null
                    || booking.bookedAt().isBefore(Instant.now().minus(UNWRITTEN_BOOKING_STALE_AFTER));
        };
    }

    private Mono<MeetingStatus> statusOf(String meetingId) {
        Query byId = Query.query(Criteria.where("_id").is(meetingId));
        byId.fields().include("meeting.status");
        return mongo.findOne(byId, org.bson.Document.class, COLLECTION)
                .mapNotNull(document -> document.get("meeting", org.bson.Document.class))
                .map(meeting -> MeetingStatus.valueOf(meeting.getString("status")));
    }

    @Override
    public Mono<Void> release(Meeting meeting) {
        List<String> keys = meeting.getOrganizationIds().stream().map(organization -> key(meeting, organization)).toList();
        return mongo.remove(Query.query(Criteria.where("_id").in(keys).and("meetingId").is(meeting.getId())), BOOKINGS)
                .then();
    }

    private static String key(Meeting meeting, String organizationId) {
        return meeting.getForumId() + "|" + meeting.getSlotStartsAt() + "|" + organizationId;
    }


    private static Query read(Query query) {
        return Projections.aggregateOnly(query, "meeting");
    }

    private static StoredMeeting stored(MeetingDocument document) {
        return new StoredMeeting(document.meeting(), document.version());
    }
}
