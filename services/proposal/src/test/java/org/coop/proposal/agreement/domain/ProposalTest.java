package org.coop.proposal.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coop.proposal.agreement.domain.Agreements.BROKER;
import static org.coop.proposal.agreement.domain.Agreements.COLLEGE_STAFF;
import static org.coop.proposal.agreement.domain.Agreements.COMPANY_STAFF;
import static org.coop.proposal.agreement.domain.Agreements.NOW;
import static org.coop.proposal.agreement.domain.Agreements.OFFICER;
import static org.coop.proposal.agreement.domain.Agreements.OUTSIDER;
import static org.coop.proposal.agreement.domain.Agreements.college;
import static org.coop.proposal.agreement.domain.Agreements.company;
import static org.coop.proposal.agreement.domain.Agreements.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.coop.platform.events.CooperationModel;
import org.junit.jupiter.api.Test;

class ProposalTest {

    static final Instant LATER = NOW.plusSeconds(60);

    private static void refused(ThrowingCallable action, ProposalRefused.Reason reason, String message) {
        assertThatThrownBy(action).isInstanceOfSatisfying(ProposalRefused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.getMessage()).contains(message);
        });
    }

    @Test
    void aDraftIsVersionOneWrittenByItsDrafter() {
        Proposal proposal = Agreements.twoParty();
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(proposal.currentVersion()).isEqualTo(1);
        assertThat(proposal.getVersions().get(0).authorOrganizationId()).isEqualTo(Agreements.COLLEGE);
        assertThat(proposal.getParties()).extracting(Party::organizationId)
                .containsExactly(Agreements.COLLEGE, Agreements.COMPANY);
    }

    @Test
    void partiesAreKeptInSigningOrderWhateverOrderTheyAreGivenIn() {
        Proposal proposal = Proposal.draft("p", new Proposal.Draft(CooperationModel.COLLEGE_COMPANY, null, null,
                null, List.of(company(1), college(2)), content("")), COLLEGE_STAFF, NOW);
        assertThat(proposal.getParties()).extracting(Party::organizationId)
                .containsExactly(Agreements.COMPANY, Agreements.COLLEGE);
    }

    @Test
    void aDraftListsEveryProblemAtOnceAndNeedsTheDrafterAmongItsParties() {
        Content bad = new Content(Map.of("zh", "标题", "xx", "?"), null, content("").terms());
        assertThatThrownBy(() -> Proposal.draft("p", new Proposal.Draft(CooperationModel.COLLEGE_COMPANY, null,
                null, null, List.of(college(1), company(2)), bad), BROKER, NOW))
                .isInstanceOfSatisfying(ProposalRefused.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("title.xx", "scope", "parties"));
        refused(() -> Proposal.draft("p", new Proposal.Draft(null, null, null, null,
                List.of(college(1), company(2)), content("")), COLLEGE_STAFF, NOW),
                ProposalRefused.Reason.INVALID, "mode");
    }

    @Test
    void partiesAndOfficersOfTheProvinceSeeItOthersDoNot() {
        Proposal proposal = Agreements.twoParty();
        assertThat(proposal.isVisibleTo(COMPANY_STAFF)).isTrue();
        assertThat(proposal.isVisibleTo(OFFICER)).isTrue();
        assertThat(proposal.isVisibleTo(new Actor("u", "u", "org-education-department-GX", "GX",
                Set.of("GOV_OFFICER")))).isFalse();
        assertThat(proposal.isVisibleTo(OUTSIDER)).isFalse();
    }

    @Test
    void anOfficerWhoMayReadIsNoPartyToActFor() {
        refused(() -> Agreements.twoParty().submit(OFFICER, LATER), ProposalRefused.Reason.NOT_A_PARTY,
                "only users of the agreement's parties");
    }

    @Test
    void aRevisionKeepsTheEarlierVersionAndWhoWroteEach() {
        Proposal proposal = Agreements.twoParty();
        boolean returned = proposal.revise(COMPANY_STAFF, 1, content(" (修订)"), null, LATER);
        assertThat(returned).isFalse();
        assertThat(proposal.currentVersion()).isEqualTo(2);
        assertThat(proposal.getVersions()).extracting(ProposalVersion::authorOrganizationId)
                .containsExactly(Agreements.COLLEGE, Agreements.COMPANY);
        assertThat(proposal.getVersions().get(0).content().title().get("zh")).isEqualTo("实习合作备忘录");
        assertThat(proposal.content().title().get("zh")).isEqualTo("实习合作备忘录 (修订)");
    }

    @Test
    void aRevisionOfAnOlderVersionIsRefusedAsStale() {
        Proposal proposal = Agreements.twoParty();
        proposal.revise(COMPANY_STAFF, 1, content(" v2"), null, LATER);
        refused(() -> proposal.revise(COLLEGE_STAFF, 1, content(" v2'"), null, LATER),
                ProposalRefused.Reason.STALE_VERSION, "you revised version 1 but the proposal is at version 2");
        assertThat(proposal.currentVersion()).isEqualTo(2);
    }

    @Test
    void aRevisionAfterSubmissionReturnsItToDraftAndClearsTheSignatures() {
        Proposal proposal = Agreements.twoParty();
        proposal.submit(COLLEGE_STAFF, LATER);
        proposal.sign(COLLEGE_STAFF, LATER);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.SIGNING);
        assertThat(proposal.revise(COMPANY_STAFF, 1, content(" v2"), null, LATER)).isTrue();
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(proposal.getSignatures()).isEmpty();
        assertThat(proposal.getSubmittedAt()).isNull();
    }

    @Test
    void aRevisionMayChangeThePartiesButNotDropTheReviser() {
        Proposal proposal = Agreements.twoParty();
        Party otherCompany = new Party("org-other-company", null, PartyRole.COMPANY, "TH", 2);
        refused(() -> proposal.revise(COMPANY_STAFF, 1, content(""), List.of(college(1), otherCompany), LATER),
                ProposalRefused.Reason.INVALID, "your organization must be one of the parties");
        proposal.revise(COLLEGE_STAFF, 1, content(""), List.of(college(1), otherCompany), LATER);
        assertThat(proposal.isParty(Agreements.COMPANY)).isFalse();
        assertThat(proposal.getVersions().get(0).parties()).extracting(Party::organizationId)
                .contains(Agreements.COMPANY);
    }

    @Test
    void partiesSignOneAfterAnotherInTheSetOrderAndTheLastSignatureConcludes() {
        Proposal proposal = Agreements.twoParty();
        proposal.submit(COMPANY_STAFF, LATER);
        assertThat(proposal.nextSigner().organizationId()).isEqualTo(Agreements.COLLEGE);
        refused(() -> proposal.sign(COMPANY_STAFF, LATER), ProposalRefused.Reason.OUT_OF_TURN,
                "it is not your turn to sign: org-kunming-vocational (COLLEGE, position 1) signs next");
        Signature first = proposal.sign(COLLEGE_STAFF, LATER);
        assertThat(first.position()).isEqualTo(1);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.SIGNING);
        refused(() -> proposal.sign(COLLEGE_STAFF, LATER), ProposalRefused.Reason.OUT_OF_TURN,
                "your organization has already signed");
        proposal.sign(COMPANY_STAFF, LATER);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.CONCLUDED);
        assertThat(proposal.getConcludedAt()).isEqualTo(LATER);
        assertThat(proposal.nextSigner()).isNull();
        refused(() -> proposal.sign(COMPANY_STAFF, LATER), ProposalRefused.Reason.WRONG_STATE, "CONCLUDED");
        refused(() -> proposal.revise(COMPANY_STAFF, 1, content(""), null, LATER), ProposalRefused.Reason.WRONG_STATE,
                "cannot be revised");
    }

    @Test
    void aDraftIsNotSignedBeforeSubmission() {
        refused(() -> Agreements.twoParty().sign(COLLEGE_STAFF, LATER), ProposalRefused.Reason.WRONG_STATE,
                "a DRAFT proposal cannot be signed");
    }

    @Test
    void aThreePartyAgreementIsSubmittedOnlyWithItsThirdParty() {
        Proposal withoutBroker = Proposal.draft("p", new Proposal.Draft(
                CooperationModel.COLLEGE_INTERMEDIARY_COMPANY, null, null, null, List.of(college(1), company(2)),
                content("")), COLLEGE_STAFF, NOW);
        refused(() -> withoutBroker.submit(COLLEGE_STAFF, LATER), ProposalRefused.Reason.INVALID,
                "needs its INTERMEDIARY party before submission");
        Proposal proposal = Agreements.threeParty();
        proposal.submit(BROKER, LATER);
        proposal.sign(COLLEGE_STAFF, LATER);
        proposal.sign(BROKER, LATER);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.SIGNING);
        proposal.sign(COMPANY_STAFF, LATER);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.CONCLUDED);
    }

    @Test
    void aProposalIsWithdrawnFromDraftOrSubmittedButNotOnceSomeoneSigned() {
        Proposal draft = Agreements.twoParty();
        draft.withdraw(COMPANY_STAFF, "the partner chose another college", LATER);
        assertThat(draft.getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
        refused(() -> draft.submit(COLLEGE_STAFF, LATER), ProposalRefused.Reason.WRONG_STATE, "WITHDRAWN");

        Proposal submitted = Agreements.twoParty();
        submitted.submit(COLLEGE_STAFF, LATER);
        submitted.withdraw(COLLEGE_STAFF, null, LATER);
        assertThat(submitted.getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);

        Proposal signing = Agreements.twoParty();
        signing.submit(COLLEGE_STAFF, LATER);
        signing.sign(COLLEGE_STAFF, LATER);
        refused(() -> signing.withdraw(COMPANY_STAFF, null, LATER), ProposalRefused.Reason.WRONG_STATE,
                "a SIGNING proposal cannot be withdrawn");
    }

    @Test
    void aCommentIsOnTheCurrentVersionAndMayPointAtAField() {
        Proposal proposal = Agreements.twoParty();
        Comment comment = proposal.comment(COMPANY_STAFF, "六个月太长，建议四个月", "terms", LATER);
        assertThat(comment.version()).isEqualTo(1);
        assertThat(comment.authorOrganizationId()).isEqualTo(Agreements.COMPANY);
        assertThat(proposal.getComments()).containsExactly(comment);
        refused(() -> proposal.comment(COMPANY_STAFF, " ", "preamble", LATER), ProposalRefused.Reason.INVALID,
                "text: must be 1 to 4000 characters; field: must be one of [scope, terms, title]");
        proposal.comment(COMPANY_STAFF, "x".repeat(Proposal.MAX_COMMENT), null, LATER);
        refused(() -> proposal.comment(COMPANY_STAFF, "x".repeat(Proposal.MAX_COMMENT + 1), null, LATER),
                ProposalRefused.Reason.INVALID, "text");
    }

    @Test
    void anOfficersDepartmentAddedAsTheGovernmentPartySignsLikeAnyParty() {
        Party laoCollege = new Party("org-lao-german-tc", null, PartyRole.COLLEGE, "LA", 2);
        Party laoCollegeLast = new Party(laoCollege.organizationId(), null, PartyRole.COLLEGE, "LA", 3);
        Party government = new Party(OFFICER.organizationId(), "Yunnan Education Department", PartyRole.GOVERNMENT,
                "CN", 2);
        Proposal proposal = Proposal.draft("p", new Proposal.Draft(CooperationModel.COLLEGE_GOVERNMENT_COLLEGE, null,
                null, Agreements.PROVINCE, List.of(college(1), laoCollege), content("")), COLLEGE_STAFF, NOW);
        refused(() -> proposal.submit(COLLEGE_STAFF, LATER), ProposalRefused.Reason.INVALID,
                "needs its GOVERNMENT party before submission");
        refused(() -> proposal.revise(OFFICER, 1, content(""), null, LATER), ProposalRefused.Reason.NOT_A_PARTY,
                "only users of the agreement's parties");
        proposal.revise(COLLEGE_STAFF, 1, content(""), List.of(college(1), government, laoCollegeLast), LATER);
        Actor laoStaff = new Actor("user-lao", "Souk", "org-lao-german-tc", null, Set.of("INSTITUTION"));
        proposal.submit(OFFICER, LATER);
        proposal.sign(COLLEGE_STAFF, LATER);
        refused(() -> proposal.sign(laoStaff, LATER), ProposalRefused.Reason.OUT_OF_TURN,
                OFFICER.organizationId() + " (GOVERNMENT, position 2) signs next");
        proposal.sign(OFFICER, LATER);
        proposal.sign(laoStaff, LATER);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.CONCLUDED);
    }
}
