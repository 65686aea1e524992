package org.coop.approval.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.coop.approval.Fixtures;
import org.coop.approval.policy.application.PolicyInvalidException;
import org.coop.approval.policy.application.PolicyYaml;
import org.coop.approval.policy.domain.PolicyProblem;
import org.coop.approval.policy.domain.TripPolicy;
import org.junit.jupiter.api.Test;

/** The policy is data: the shipped document loads, and a broken one is refused with every problem and its path. */
class PolicyYamlTest {

    @Test
    void theShippedPolicyLoads() {
        TripPolicy policy = Fixtures.policy();
        assertThat(policy.version()).isEqualTo("2026.1");
        assertThat(policy.limits().maxTravellers()).isEqualTo(5);
        assertThat(policy.limits().maxDaysByCountryCount()).containsEntry(1, 5).containsEntry(2, 8).containsEntry(3, 10);
        assertThat(policy.leadTime().daysByCountryCount()).containsEntry(1, 45).containsEntry(3, 90);
        assertThat(policy.report().dueDaysAfterReturn()).isEqualTo(20);
    }

    @Test
    void aMisspeltKeyIsAnErrorWithItsPath() {
        String yaml = Fixtures.shippedPolicyYaml().replace("maxTravellers: 5", "maxTraveller: 5");
        PolicyInvalidException invalid = catchThrowableOfType(PolicyInvalidException.class,
                () -> PolicyYaml.parse(yaml, "test"));
        // Jackson meets either the unknown key or the missing one first; both name the place to fix.
        assertThat(invalid.problems()).singleElement().satisfies(problem ->
                assertThat(problem.path()).startsWith("limits.maxTraveller"));
    }

    @Test
    void brokenReferencesAndNumbersAreAllListed() {
        String yaml = Fixtures.shippedPolicyYaml()
                .replace("approvers: [provincial-education-head]", "approvers: [provincial-educaton-head]")
                .replace("maxDaysByCountryCount: {1: 5, 2: 8, 3: 10}", "maxDaysByCountryCount: {1: 5, 2: 8}")
                .replace("escalateTo: college-leader", "escalateTo: nobody")
                .replace("leadTimeDays: 15", "leadTimeDays: 50");
        PolicyInvalidException invalid = catchThrowableOfType(PolicyInvalidException.class,
                () -> PolicyYaml.parse(yaml, "test"));
        assertThat(invalid.problems()).extracting(PolicyProblem::path).contains(
                "outOfPlan.extraStep.approvers", "limits.maxDaysByCountryCount",
                "approvers.college-international-office.escalateTo", "fastTrack.leadTimeDays");
        assertThat(invalid.getMessage()).contains("names no approver: 'provincial-educaton-head'",
                "has no entry for 3 countries");
    }

    @Test
    void aRankWithoutARouteIsRefused() {
        String yaml = Fixtures.shippedPolicyYaml().replace("ranks: [STAFF, DEPARTMENT_LEADER]", "ranks: [STAFF]");
        PolicyInvalidException invalid = catchThrowableOfType(PolicyInvalidException.class,
                () -> PolicyYaml.parse(yaml, "test"));
        assertThat(invalid.getMessage()).contains("no route takes rank 'DEPARTMENT_LEADER'");
    }
}
