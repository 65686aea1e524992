package org.coop.proposal.agreement.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coop.platform.events.CooperationModel;

/**
 * What this service keeps of a match both sides accepted (a replica built from matchmaking's
 * MatchAccepted): enough to tell its parties and to pre-fill a proposal's parties and mode.
 *
 * @param partnerKind ENTERPRISE, INSTITUTION or COLLEGE
 * @param province the college's province, when matchmaking sent it
 */
public record AcceptedMatch(String matchId, String needId, String collegeOrganizationId, String partnerOrganizationId,
                            String partnerKind, String partnerCountry, String thirdPartyOrganizationId,
                            String cooperationModel, String province, Instant acceptedAt) {

    /** Colleges of the platform are Chinese (the province runs it). */
    static final String COLLEGE_COUNTRY = "CN";

    /** Whether {@code organizationId} is one of the match's parties. */
    public boolean involves(String organizationId) {
        return organizationId != null && (organizationId.equals(collegeOrganizationId)
                || organizationId.equals(partnerOrganizationId) || organizationId.equals(thirdPartyOrganizationId));
    }

    public CooperationModel mode() {
        return CooperationModel.valueOf(cooperationModel);
    }

    /**
     * The parties of a proposal drafted from this match, in the signing order college, partner,
     * third party (where the model has one). {@code names} are organization names by id, if known.
     */
    public List<Party> parties(Map<String, String> names) {
        CooperationModel mode = mode();
        List<Party> parties = new ArrayList<>();
        parties.add(new Party(collegeOrganizationId, names.get(collegeOrganizationId), PartyRole.COLLEGE,
                COLLEGE_COUNTRY, 1));
        parties.add(new Party(partnerOrganizationId, names.get(partnerOrganizationId), partnerRole(mode),
                partnerCountry, 2));
        PartyRole third = PartyRules.thirdPartyRole(mode);
        if (third != null && thirdPartyOrganizationId != null) {
            parties.add(new Party(thirdPartyOrganizationId, names.get(thirdPartyOrganizationId), third,
                    third == PartyRole.GOVERNMENT ? COLLEGE_COUNTRY : null, 3));
        }
        return parties;
    }

    private PartyRole partnerRole(CooperationModel mode) {
        if ("INSTITUTION".equals(partnerKind)) {
            return PartyRole.INSTITUTION;
        }
        return PartyRules.partnerRoles(mode).contains(PartyRole.COMPANY) ? PartyRole.COMPANY : PartyRole.COLLEGE;
    }
}
