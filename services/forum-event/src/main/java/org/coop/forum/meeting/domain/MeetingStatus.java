package org.coop.forum.meeting.domain;

/** REQUESTED → SCHEDULED (every invitee accepted) or DECLINED; REQUESTED or SCHEDULED → CANCELLED. */
public enum MeetingStatus {
    REQUESTED,
    SCHEDULED,
    DECLINED,
    CANCELLED
}
