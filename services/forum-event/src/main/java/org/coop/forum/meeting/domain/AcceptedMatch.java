package org.coop.forum.meeting.domain;

import java.util.List;

/** A match both sides accepted, as learned from matchmaking: the organizations that may want to meet. */
public record AcceptedMatch(String matchId, List<String> organizationIds) {

    public AcceptedMatch {
        organizationIds = List.copyOf(organizationIds);
    }
}
