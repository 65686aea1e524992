package org.coop.approval.trip.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coop.approval.Fixtures.aTrip;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coop.approval.Fixtures;
import org.coop.approval.policy.domain.TripPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of the shipped policy, passing and failing at its boundary. */
class TripRulesTest {

    private final TripPolicy policy = Fixtures.policy();

    private Assessment assess(Fixtures.DraftBuilder draft) {
        return assess(draft, Map.of(), 0);
    }

    private Assessment assess(Fixtures.DraftBuilder draft, Map<String, Evidence> evidence, int used) {
        return TripRules.assess(policy, draft.build(), evidence, used, draft.today());
    }

    private static List<String> rules(Assessment assessment) {
        return assessment.violations().stream().map(Violation::rule).toList();
    }

    @Test
    void oneCountryNeeds45DaysSo45PassesAnd44Fails() {
        assertThat(assess(aTrip().leadDays(45)).passes()).isTrue();
        Assessment late = assess(aTrip().leadDays(44));
        assertThat(rules(late)).containsExactly("lead-time");
        assertThat(late.violations().get(0).message()).isEqualTo("lead time 44 days < 45 required for 1 country");
        assertThat(late.violations().get(0).values()).containsEntry("leadTimeDays", 44L).containsEntry("requiredDays", 45);
    }

    @Test
    void twoOrThreeCountriesNeed90Days() {
        assertThat(assess(aTrip().to("VN", "LA").days(8).leadDays(90)).passes()).isTrue();
        assertThat(rules(assess(aTrip().to("VN", "LA").days(8).leadDays(89)))).containsExactly("lead-time");
    }

    @Test
    void aDestinationOutsideTheNeighbourGroupsNeeds60Days() {
        assertThat(assess(aTrip().to("DE").leadDays(60)).passes()).isTrue();
        Assessment late = assess(aTrip().to("DE").leadDays(59));
        assertThat(late.violations().get(0).message()).isEqualTo(
                "lead time 59 days < 60 required for 1 country (destination group [OTHER])");
    }

    @Test
    void aDelegationOfFivePassesAndSixFails() {
        assertThat(assess(aTrip().travellers(5)).passes()).isTrue();
        Assessment six = assess(aTrip().travellers(6));
        assertThat(rules(six)).containsExactly("delegation-size");
        assertThat(six.violations().get(0).message()).isEqualTo("delegation of 6 people; at most 5 allowed");
    }

    @ParameterizedTest(name = "{0} countries: {1} days pass, {2} fail")
    @CsvSource({"1, 5, 6", "2, 8, 9", "3, 10, 11"})
    void tripLengthIsLimitedByTheNumberOfCountries(int countries, int allowed, int tooMany) {
        String[] destinations = List.of("VN", "LA", "KH").subList(0, countries).toArray(String[]::new);
        assertThat(assess(aTrip().to(destinations).days(allowed).leadDays(90)).passes()).isTrue();
        Assessment tooLong = assess(aTrip().to(destinations).days(tooMany).leadDays(90));
        assertThat(rules(tooLong)).containsExactly("trip-length");
        assertThat(tooLong.violations().get(0).values()).containsEntry("days", (long) tooMany)
                .containsEntry("max", allowed);
    }

    @Test
    void fourCountriesAreMoreThanATripMayVisit() {
        assertThat(rules(assess(aTrip().to("VN", "LA", "KH", "TH").days(5).leadDays(90)))).contains("country-count");
    }

    @Test
    void theAnnualQuotaOfInPlanTripsIsEnforced() {
        assertThat(assess(aTrip(), Map.of(), 11).passes()).isTrue();
        Assessment full = assess(aTrip(), Map.of(), 12);
        assertThat(rules(full)).containsExactly("annual-quota");
        assertThat(full.violations().get(0).message()).isEqualTo("annual plan quota used: 12 of 12 in-plan trips in 2027");
    }

    @Test
    void anOutOfPlanTripGetsTheExtraStepAfterCollegeLeadership() {
        Assessment outOfPlan = assess(aTrip().outOfPlan(), Map.of(), 99);
        assertThat(outOfPlan.passes()).isTrue();
        assertThat(outOfPlan.steps()).extracting(TripPolicy.StepRule::name).containsExactly(
                "college-international-office", "college-leadership", "provincial-plan-review",
                "provincial-education", "provincial-foreign-affairs");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        Assessment bad = assess(aTrip().travellers(6).days(7).leadDays(30));
        assertThat(rules(bad)).containsExactlyInAnyOrder("delegation-size", "trip-length", "lead-time");
    }

    @Test
    void qualifyingEvidenceTakesTheFastTrackWithItsShorterLeadTime() {
        Evidence match = new Evidence(Evidence.MATCH_ACCEPTED, "match-1", "match", List.of(Fixtures.COLLEGE, "org-lao"),
                List.of("LA"), null, null, List.of());
        Map<String, Evidence> found = Map.of(match.key(), match);
        Assessment fast = assess(aTrip().leadDays(15).evidence("MATCH_ACCEPTED", "match-1",
                "The partner can host us only in this window"), found, 0);
        assertThat(fast.passes()).isTrue();
        assertThat(fast.track()).isEqualTo(Track.FAST_TRACK);
        assertThat(rules(assess(aTrip().leadDays(14).evidence("MATCH_ACCEPTED", "match-1",
                "The partner can host us only in this window"), found, 0))).containsExactly("lead-time");
        assertThat(rules(assess(aTrip().leadDays(15).evidence("MATCH_ACCEPTED", "match-1", "short"), found, 0)))
                .containsExactly("fast-track-justification");
        assertThat(rules(assess(aTrip().leadDays(15)))).containsExactly("lead-time");
    }

    @Test
    void evidenceOfAnotherCollegeOrCountryDoesNotQualify() {
        Evidence elsewhere = new Evidence(Evidence.MATCH_ACCEPTED, "match-2", "match", List.of(Fixtures.COLLEGE),
                List.of("TH"), null, null, List.of());
        Evidence others = new Evidence(Evidence.MATCH_ACCEPTED, "match-3", "match", List.of("org-other"),
                List.of("LA"), null, null, List.of());
        Assessment wrongCountry = assess(aTrip().leadDays(20).evidence("MATCH_ACCEPTED", "match-2",
                "The partner can host us only in this window"), Map.of(elsewhere.key(), elsewhere), 0);
        assertThat(rules(wrongCountry)).containsExactlyInAnyOrder("evidence", "lead-time");
        assertThat(wrongCountry.track()).isEqualTo(Track.STANDARD);
        assertThat(rules(assess(aTrip().leadDays(20).evidence("MATCH_ACCEPTED", "match-3", "x".repeat(30)),
                Map.of(others.key(), others), 0))).containsExactlyInAnyOrder("evidence", "lead-time");
        assertThat(rules(assess(aTrip().leadDays(20).evidence("MATCH_ACCEPTED", "unknown", "x".repeat(30)))))
                .containsExactlyInAnyOrder("evidence", "lead-time");
    }

    @Test
    void evidenceOfAnotherCollegeIsAnsweredExactlyAsEvidenceThatDoesNotExist() {
        Evidence others = new Evidence(Evidence.MATCH_ACCEPTED, "match-of-others", "match", List.of("org-other"),
                List.of("LA"), null, null, List.of());
        Violation foreign = assess(aTrip().leadDays(60).evidence("MATCH_ACCEPTED", "match-of-others", null),
                Map.of(others.key(), others), 0).violations().get(0);
        Violation unknown = assess(aTrip().leadDays(60).evidence("MATCH_ACCEPTED", "match-nowhere", null))
                .violations().get(0);

        assertThat(foreign.rule()).isEqualTo(unknown.rule()).isEqualTo("evidence");
        assertThat(foreign.message().replace("match-of-others", "ID"))
                .isEqualTo(unknown.message().replace("match-nowhere", "ID"))
                .isEqualTo("MATCH_ACCEPTED ID is not known to the platform (yet)");
        assertThat(foreign.values()).containsExactly(Map.entry("kind", "MATCH_ACCEPTED"),
                Map.entry("id", "match-of-others"));
        assertThat(unknown.values()).containsExactly(Map.entry("kind", "MATCH_ACCEPTED"),
                Map.entry("id", "match-nowhere"));
    }

    @Test
    void aTravellerWhoIsNoAccountOfTheCollegeIsNamedWithTheField() {
        TripDraft draft = aTrip().travellers(2).build();
        Violation violation = TripRules.notAnAccountOfTheCollege(draft, 1);
        assertThat(violation.rule()).isEqualTo("traveller-account");
        assertThat(violation.message()).isEqualTo("traveller 'user-t2' (Traveller 2) is not an active account of "
                + Fixtures.COLLEGE);
        assertThat(violation.values()).containsEntry("field", "travellers[1].userId").containsEntry("userId", "user-t2");
        assertThat(TripRules.assess(policy, draft, Map.of(), 0, LocalDate.of(2027, 1, 1))
                .plus(List.of(violation)).passes()).isFalse();
    }

    @Test
    void aCollegeLeaderTakesTheLeaderRoute() {
        Assessment leader = assess(aTrip().traveller("user-chen-hao", "COLLEGE_LEADER"));
        assertThat(leader.routeName()).isEqualTo("college-leader");
        assertThat(leader.steps()).extracting(TripPolicy.StepRule::name)
                .containsExactly("college-international-office", "provincial-review");
    }

    @Test
    void returningBeforeDepartingAndUnknownRanksAreReported() {
        LocalDate today = LocalDate.of(2027, 1, 1);
        TripDraft backwards = new TripDraft(Fixtures.COLLEGE, "YN",
                List.of(new Traveller("u1", "U One", "PROFESSOR", null)), List.of("VN"), today.plusDays(60),
                today.plusDays(58), "p", null, true, null, List.of(), List.of(), null);
        assertThat(TripRules.assess(policy, backwards, Map.of(), 0, today).violations())
                .extracting(Violation::rule).contains("dates", "traveller-rank");
    }
}
