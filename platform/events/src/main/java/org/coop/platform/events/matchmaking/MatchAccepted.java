package org.coop.platform.events.matchmaking;

import java.time.Instant;
import java.util.List;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/**
 * Both sides accepted a match: the college's need and a partner (an enterprise's or institution's
 * offer or subscription). Evidence for a fast-track trip; a proposal may be drafted from it.
 *
 * @param thirdPartyOrganizationId the intermediary or government body a broker added, if any
 * @param cooperationModel one of {@link org.coop.platform.events.CooperationModel}
 * @param modes cooperation mode codes of the vocabulary (internship, order class, ...)
 * @param countries ISO 3166-1 alpha-2 codes where the cooperation takes place
 * @param province optional: province of the college, so officers of that province are told
 * @param sequence optional: position of this event among the match's events (live-stream resume)
 */
@EventType(name = "org.coop.matchmaking.MatchAccepted", topic = Topics.MATCHMAKING_MATCHES)
public record MatchAccepted(
        String matchId,
        String needId,
        String offerId,
        String subscriptionId,
        String collegeOrganizationId,
        String partnerOrganizationId,
        String partnerKind,
        String partnerCountry,
        String thirdPartyOrganizationId,
        String cooperationModel,
        List<String> modes,
        List<String> countries,
        double score,
        Instant acceptedAt,
        String province,
        Integer sequence) implements DomainEvent {

    /** The shared contract's original fields; the optional ones added later are left out. */
    public MatchAccepted(String matchId, String needId, String offerId, String subscriptionId,
                         String collegeOrganizationId, String partnerOrganizationId, String partnerKind,
                         String partnerCountry, String thirdPartyOrganizationId, String cooperationModel,
                         List<String> modes, List<String> countries, double score, Instant acceptedAt) {
        this(matchId, needId, offerId, subscriptionId, collegeOrganizationId, partnerOrganizationId, partnerKind,
                partnerCountry, thirdPartyOrganizationId, cooperationModel, modes, countries, score, acceptedAt,
                null, null);
    }

    @Override
    public String aggregateId() {
        return needId;
    }
}
