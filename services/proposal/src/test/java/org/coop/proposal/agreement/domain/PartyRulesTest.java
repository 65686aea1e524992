package org.coop.proposal.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coop.proposal.agreement.domain.Agreements.college;
import static org.coop.proposal.agreement.domain.Agreements.company;
import static org.coop.proposal.agreement.domain.Agreements.intermediary;

import java.util.List;
import org.coop.platform.events.CooperationModel;
import org.junit.jupiter.api.Test;

class PartyRulesTest {

    private static List<String> fields(CooperationModel mode, List<Party> parties, boolean complete) {
        return PartyRules.problems(mode, parties, complete).stream().map(FieldProblem::field).toList();
    }

    @Test
    void aCollegeAndACompanyMakeACollegeCompanyAgreement() {
        assertThat(PartyRules.problems(CooperationModel.COLLEGE_COMPANY, List.of(college(1), company(2)), true))
                .isEmpty();
    }

    @Test
    void aTwoPartyModeRefusesAThirdParty() {
        assertThat(PartyRules.problems(CooperationModel.COLLEGE_COMPANY,
                List.of(college(1), company(2), intermediary(3)), false))
                .extracting(FieldProblem::message).containsExactly("COLLEGE_COMPANY has no third party; remove the"
                        + " INTERMEDIARY");
    }

    @Test
    void aThreePartyModeMayBeDraftedWithoutItsThirdPartyButNotSubmitted() {
        List<Party> two = List.of(college(1), company(2));
        assertThat(PartyRules.problems(CooperationModel.COLLEGE_INTERMEDIARY_COMPANY, two, false)).isEmpty();
        assertThat(PartyRules.problems(CooperationModel.COLLEGE_INTERMEDIARY_COMPANY, two, true))
                .extracting(FieldProblem::message)
                .containsExactly("COLLEGE_INTERMEDIARY_COMPANY needs its INTERMEDIARY party before submission");
        assertThat(PartyRules.problems(CooperationModel.COLLEGE_INTERMEDIARY_COMPANY,
                List.of(college(1), intermediary(2), company(3)), true)).isEmpty();
    }

    @Test
    void theGovernmentModeWantsAGovernmentNotAnIntermediary() {
        Party otherCollege = new Party("org-lao-german-tc", null, PartyRole.COLLEGE, "LA", 2);
        Party government = new Party("org-education-department-YN", null, PartyRole.GOVERNMENT, "CN", 3);
        assertThat(PartyRules.problems(CooperationModel.COLLEGE_GOVERNMENT_COLLEGE,
                List.of(college(1), otherCollege, government), true)).isEmpty();
        assertThat(PartyRules.problems(CooperationModel.COLLEGE_GOVERNMENT_COLLEGE,
                List.of(college(1), otherCollege, intermediary(3)), false))
                .extracting(FieldProblem::message)
                .containsExactly("the third party of COLLEGE_GOVERNMENT_COLLEGE is the GOVERNMENT");
    }

    @Test
    void aCompanyIsNoPartnerInACollegeCollegeAgreement() {
        assertThat(PartyRules.problems(CooperationModel.COLLEGE_COLLEGE, List.of(college(1), company(2)), false))
                .extracting(FieldProblem::message)
                .containsExactly("the college's partner in COLLEGE_COLLEGE is one of [COLLEGE, INSTITUTION]");
    }

    @Test
    void anAgreementWithoutACollegeIsRefused() {
        Party institution = new Party("org-lao-institute", null, PartyRole.INSTITUTION, "LA", 1);
        assertThat(fields(CooperationModel.COLLEGE_COMPANY, List.of(institution, company(2)), false))
                .containsExactly("parties");
    }

    @Test
    void signingPositionsRunFromOneToTheNumberOfPartiesWithoutSharing() {
        assertThat(fields(CooperationModel.COLLEGE_COMPANY, List.of(college(1), company(1)), false))
                .containsExactly("parties[1].signingPosition");
        assertThat(fields(CooperationModel.COLLEGE_COMPANY, List.of(college(0), company(2)), false))
                .containsExactly("parties[0].signingPosition");
        assertThat(fields(CooperationModel.COLLEGE_COMPANY, List.of(college(1), company(3)), false))
                .containsExactly("parties[1].signingPosition");
    }

    @Test
    void oneOrganizationIsOnePartyAndCountriesAreIsoCodes() {
        Party twice = new Party(Agreements.COLLEGE, null, PartyRole.COMPANY, "vn", 2);
        assertThat(fields(CooperationModel.COLLEGE_COMPANY, List.of(college(1), twice), false))
                .containsExactly("parties[1].country", "parties[1].organizationId");
    }

    @Test
    void anAgreementHasTwoOrThreeParties() {
        assertThat(fields(CooperationModel.COLLEGE_COMPANY, List.of(college(1)), false)).containsExactly("parties");
        assertThat(fields(CooperationModel.COLLEGE_COMPANY, null, false)).containsExactly("parties");
    }
}
