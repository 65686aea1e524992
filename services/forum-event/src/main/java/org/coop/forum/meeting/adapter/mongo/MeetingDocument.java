package org.coop.forum.meeting.adapter.mongo;

import org.coop.forum.meeting.domain.Meeting;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** The stored form of a meeting: the aggregate under {@code meeting} and its optimistic-lock version. */
@Document(MongoMeetingStore.COLLECTION)
public record MeetingDocument(@Id String id, @Version Long version, Meeting meeting) {
}
