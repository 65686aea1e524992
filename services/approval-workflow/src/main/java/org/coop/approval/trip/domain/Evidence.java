package org.coop.approval.trip.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A fact from the platform that can justify a fast-track trip: an accepted match, a submitted or
 * concluded proposal, a confirmed forum registration. Kept as a local replica built from events.
 *
 * @param organizationIds organizations taking part (the college must be one of them)
 * @param countries where the cooperation or forum takes place
 * @param startsOn for forums: the first day (else null)
 * @param attendeeUserIds for forums: the users holding seats (else empty)
 */
public record Evidence(String kind, String id, String title, List<String> organizationIds, List<String> countries,
                       LocalDate startsOn, LocalDate endsOn, List<String> attendeeUserIds) {

    public static final String MATCH_ACCEPTED = "MATCH_ACCEPTED";
    public static final String PROPOSAL_SUBMITTED = "PROPOSAL_SUBMITTED";
    public static final String PROPOSAL_CONCLUDED = "PROPOSAL_CONCLUDED";
    public static final String FORUM_REGISTRATION = "FORUM_REGISTRATION";

    public String key() {
        return kind + ":" + id;
    }
}
