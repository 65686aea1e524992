package org.coop.approval.trip.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.coop.approval.Fixtures;
import org.coop.approval.policy.domain.Actor;
import org.coop.approval.policy.domain.TripPolicy;
import org.junit.jupiter.api.Test;

/** Who may receive an approver's decisions under the shipped policy. */
class DelegationTest {

    private final TripPolicy policy = Fixtures.policy();

    @Test
    void theInternationalOfficeMayHandItsStepToTheLeaderItEscalatesToButNotToAnyColleague() {
        Actor office = Fixtures.internationalOffice();
        assertThat(policy.approversOf(office)).containsOnlyKeys("college-international-office");
        assertThat(Delegation.approversBeyond(policy, office, Fixtures.collegeLeader())).isEmpty();
        assertThat(Delegation.approversBeyond(policy, office,
                Fixtures.collegeUser("user-deputy", "Deputy", "INTERNATIONAL_OFFICE"))).isEmpty();
        assertThat(Delegation.approversBeyond(policy, office, Fixtures.collegeUser("user-zhou-li", "Zhou Li")))
                .containsExactly("college-international-office");
    }

    @Test
    void theLeaderHasNoNextLevelSoOnlyAnotherLeaderMayStandIn() {
        Actor leader = Fixtures.collegeLeader();
        assertThat(Delegation.approversBeyond(policy, leader, Fixtures.internationalOffice()))
                .containsExactly("college-leader");
        assertThat(Delegation.approversBeyond(policy, leader,
                Fixtures.collegeUser("user-vice", "Vice", "COLLEGE_LEADER"))).isEmpty();
    }

    @Test
    void aDivisionHeadLendsTheHeadsDecisionsOnlyToAnotherHead() {
        Actor head = Fixtures.officer("user-head", "EDUCATION_DEPARTMENT", "YN", "DIVISION_HEAD");
        Actor officer = Fixtures.officer("user-officer", "EDUCATION_DEPARTMENT", "YN");
        assertThat(policy.approversOf(head)).containsOnlyKeys("provincial-education", "provincial-education-head");
        assertThat(Delegation.approversBeyond(policy, head, officer)).containsExactly("provincial-education-head");
        assertThat(Delegation.approversBeyond(policy, officer, head)).isEmpty();
    }

    @Test
    void staffWithoutAPositionDecideNothingAndSoLendNothing() {
        assertThat(policy.approversOf(Fixtures.requester())).isEmpty();
    }
}
