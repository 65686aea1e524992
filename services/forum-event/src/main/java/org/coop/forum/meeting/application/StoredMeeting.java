package org.coop.forum.meeting.application;

import org.coop.forum.meeting.domain.Meeting;

/** A meeting as read, with the version its next write must still find. */
public record StoredMeeting(Meeting meeting, Long version) {
}
