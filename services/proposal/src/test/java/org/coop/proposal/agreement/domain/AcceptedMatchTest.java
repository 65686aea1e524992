package org.coop.proposal.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AcceptedMatchTest {

    private static AcceptedMatch match(String model, String partnerKind, String thirdParty) {
        return new AcceptedMatch("match-1", "need-1", Agreements.COLLEGE, Agreements.COMPANY, partnerKind, "VN",
                thirdParty, model, "YN", Agreements.NOW);
    }

    @Test
    void itsPartiesAreTheCollegeThePartnerAndTheThirdPartyInThatSigningOrder() {
        AcceptedMatch match = match("COLLEGE_INTERMEDIARY_COMPANY", "ENTERPRISE", Agreements.INTERMEDIARY);
        assertThat(match.parties(Map.of(Agreements.COMPANY, "VinFast Bac Ninh")))
                .containsExactly(new Party(Agreements.COLLEGE, null, PartyRole.COLLEGE, "CN", 1),
                        new Party(Agreements.COMPANY, "VinFast Bac Ninh", PartyRole.COMPANY, "VN", 2),
                        new Party(Agreements.INTERMEDIARY, null, PartyRole.INTERMEDIARY, null, 3));
    }

    @Test
    void anInstitutionStaysAnInstitutionAndAGovernmentModeNamesTheGovernment() {
        AcceptedMatch match = match("COLLEGE_GOVERNMENT_COLLEGE", "INSTITUTION", "org-education-department-YN");
        assertThat(match.parties(Map.of())).extracting(Party::role)
                .containsExactly(PartyRole.COLLEGE, PartyRole.INSTITUTION, PartyRole.GOVERNMENT);
    }

    @Test
    void aThirdPartyOfATwoPartyModeIsLeftOut() {
        assertThat(match("COLLEGE_COMPANY", "ENTERPRISE", Agreements.INTERMEDIARY).parties(Map.of())).hasSize(2);
    }

    @Test
    void onlyItsPartiesAreInvolved() {
        AcceptedMatch match = match("COLLEGE_INTERMEDIARY_COMPANY", "ENTERPRISE", Agreements.INTERMEDIARY);
        assertThat(match.involves(Agreements.INTERMEDIARY)).isTrue();
        assertThat(match.involves("org-other")).isFalse();
        assertThat(match.involves(null)).isFalse();
    }
}
