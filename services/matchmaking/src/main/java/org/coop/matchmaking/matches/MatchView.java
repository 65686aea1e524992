package org.coop.matchmaking.matches;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.coop.matchmaking.common.Contact;

/**
 * A match as one caller sees it. Contact details of the other side appear only once both sides
 * accepted; officers brokering in the province see both.
 *
 * @param yourSide COLLEGE, PARTNER, THIRD_PARTY or OFFICER
 */
public record MatchView(String id, String needId, Map<String, String> needTitle, String subscriptionId,
                        String offerId, Map<String, String> offerTitle, String collegeOrganizationId,
                        String partnerOrganizationId, String partnerKind, String partnerCountry, String province,
                        double score, List<MatchDocument.ReasonEntry> reasons, List<String> modes,
                        List<String> sectors, List<String> countries, MatchStatus status,
                        MatchDocument.Decision college, MatchDocument.Decision partner,
                        MatchDocument.ThirdParty thirdParty, String cooperationModel,
                        List<MatchDocument.BrokerAction> brokerActions, boolean digest, String yourSide,
                        Contact collegeContact, Contact partnerContact, Instant createdAt, Instant updatedAt,
                        long version) {

    public static MatchView of(MatchDocument m, String side) {
        boolean accepted = m.status == MatchStatus.ACCEPTED;
        boolean officer = "OFFICER".equals(side);
        Contact collegeContact = accepted || officer || "COLLEGE".equals(side) ? m.collegeContact : null;
        Contact partnerContact = accepted || officer || "PARTNER".equals(side) ? m.partnerContact : null;
        return new MatchView(m.id, m.needId, m.needTitle, m.subscriptionId, m.offerId, m.offerTitle,
                m.collegeOrganizationId, m.partnerOrganizationId, m.partnerKind, m.partnerCountry, m.province,
                m.score, m.reasons, m.modes, m.sectors, m.countries, m.status, m.college, m.partner, m.thirdParty,
                m.cooperationModel, m.brokerActions, m.digest, side, collegeContact, partnerContact, m.createdAt,
                m.updatedAt, m.version == null ? 0 : m.version);
    }
}
