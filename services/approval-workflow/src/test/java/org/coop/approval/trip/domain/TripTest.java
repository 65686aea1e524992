package org.coop.approval.trip.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coop.approval.Fixtures.aTrip;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coop.approval.Fixtures;
import org.coop.approval.policy.domain.Actor;
import org.coop.approval.policy.domain.ApproverSpec;
import org.coop.approval.policy.domain.TripPolicy;
import org.junit.jupiter.api.Test;

/** A trip's way through its route: decisions, returns, recalls, delegation, timers and the trail. */
class TripTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final TripPolicy policy = Fixtures.policy();
    private final Instant start = LocalDate.of(2027, 1, 1).atTime(9, 0).atZone(ZONE).toInstant();

    private Trip submitted(Fixtures.DraftBuilder builder) {
        return submitted(builder.build());
    }

    private Trip submitted(TripDraft draft) {
        Assessment assessment = TripRules.assess(policy, draft, Map.of(), 0, LocalDate.of(2027, 1, 1));
        assertThat(assessment.violations()).isEmpty();
        return Trip.submit("trip-1", draft, assessment, policy, Fixtures.requester(), start);
    }

    @Test
    void aStaffTripIsApprovedStepByStepThroughItsFourSteps() {
        Trip trip = submitted(aTrip());
        assertThat(trip.getSteps()).hasSize(4);
        trip.approve(Fixtures.internationalOffice(), List.of(), "file complete", start);
        trip.approve(Fixtures.collegeLeader(), List.of(), null, start);
        trip.approve(Fixtures.education(), List.of(), null, start);
        Outcome.Approved last = trip.approve(Fixtures.foreignAffairs(), List.of(), null, start);
        assertThat(last.tripApproved()).isTrue();
        assertThat(trip.getStatus()).isEqualTo(TripStatus.APPROVED);
        assertThat(trip.getReportDueOn()).isEqualTo(trip.getReturnDate().plusDays(20));
        assertThat(trip.verifyTrail().intact()).isTrue();
        assertThat(trip.getTrail()).extracting(TrailEntry::action).containsExactly("SUBMITTED", "APPROVED",
                "APPROVED", "APPROVED", "APPROVED", "TRIP_APPROVED");
    }

    @Test
    void stepsAreDueCountedBackFromDeparture() {
        Trip trip = submitted(aTrip().leadDays(60));
        LocalDate departure = trip.getDepartureDate();
        assertThat(trip.getSteps()).extracting(Step::getDueAt).containsExactly(
                departure.minusDays(31).atStartOfDay(ZONE).toInstant(),
                departure.minusDays(24).atStartOfDay(ZONE).toInstant(),
                departure.minusDays(17).atStartOfDay(ZONE).toInstant(),
                departure.minusDays(10).atStartOfDay(ZONE).toInstant());
    }

    @Test
    void onlyApproversRoutedToTheCurrentStepMayDecide() {
        Trip trip = submitted(aTrip());
        assertThatThrownBy(() -> trip.approve(Fixtures.education(), List.of(), null, start))
                .isInstanceOf(TripRefused.class).hasMessageContaining("not routed");
        Actor otherProvince = Fixtures.officer("user-gx", "EDUCATION_DEPARTMENT", "GX");
        trip.approve(Fixtures.internationalOffice(), List.of(), null, start);
        trip.approve(Fixtures.collegeLeader(), List.of(), null, start);
        assertThatThrownBy(() -> trip.approve(otherProvince, List.of(), null, start))
                .isInstanceOf(TripRefused.class);
        Actor otherCollegeLeader = new Actor("user-x", "X", Fixtures.OTHER_COLLEGE, "COLLEGE", "YN",
                java.util.Set.of("COLLEGE"), java.util.Set.of("COLLEGE_LEADER"));
        assertThat(trip.canDecide(otherCollegeLeader, List.of(), start)).isFalse();
    }

    @Test
    void nobodyDecidesOnATripTheyTravelOnOrRequested() {
        Actor travellingOfficer = Fixtures.collegeUser("user-lin-wei", "Lin Wei", "INTERNATIONAL_OFFICE");
        Trip trip = submitted(aTrip());
        assertThatThrownBy(() -> trip.approve(travellingOfficer, List.of(), null, start))
                .isInstanceOf(TripRefused.class).hasMessageContaining("segregation of duties");
        Actor requestingOfficer = Fixtures.collegeUser("user-he-jing", "He Jing", "INTERNATIONAL_OFFICE");
        assertThatThrownBy(() -> trip.approve(requestingOfficer, List.of(), null, start))
                .hasMessageContaining("segregation of duties");
    }

    @Test
    void aTravellerResolvedToTheirAccountCannotDecideAndNorCanTheyOnATripThatNamesThemByUsername() {
        Actor officerWhoTravels = new Actor("acct-lin", "Lin Wei", Fixtures.COLLEGE, "COLLEGE", Fixtures.PROVINCE,
                java.util.Set.of("COLLEGE"), java.util.Set.of("INTERNATIONAL_OFFICE"), "lin.wei");
        TripDraft resolved = aTrip().traveller("acct-lin", "STAFF").build();
        Trip trip = submitted(resolved);
        assertThatThrownBy(() -> trip.approve(officerWhoTravels, List.of(), null, start))
                .hasMessageContaining("segregation of duties");
        // stored before travellers were resolved: the traveller is named by username
        Trip older = submitted(aTrip().traveller("lin.wei", "STAFF").build());
        assertThat(older.canDecide(officerWhoTravels, List.of(), start)).isFalse();
        assertThatThrownBy(() -> older.approve(officerWhoTravels, List.of(), null, start))
                .hasMessageContaining("segregation of duties");
    }

    @Test
    void aDelegateWhoTravelsCannotDecideForTheDelegator() {
        Actor leaderWhoTravels = new Actor("acct-chen", "Chen Hao", Fixtures.COLLEGE, "COLLEGE", Fixtures.PROVINCE,
                java.util.Set.of("COLLEGE"), java.util.Set.of("COLLEGE_LEADER"), "chen.hao");
        Trip trip = submitted(aTrip().traveller("acct-chen", "STAFF").build());
        Delegation delegation = new Delegation("d-1", Fixtures.internationalOffice(), "acct-chen", "Chen Hao",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 10), "travelling", start, null);
        assertThatThrownBy(() -> trip.approve(leaderWhoTravels, List.of(delegation), null, start))
                .hasMessageContaining("segregation of duties");
    }

    @Test
    void aReturnGoesToTheRequesterAndTheRouteResumesAtTheChosenStep() {
        Trip trip = submitted(aTrip());
        trip.approve(Fixtures.internationalOffice(), List.of(), null, start);
        trip.approve(Fixtures.collegeLeader(), List.of(), null, start);
        assertThatThrownBy(() -> trip.returnTo(Fixtures.education(), List.of(), 1, " ", start))
                .hasMessageContaining("comment");
        trip.returnTo(Fixtures.education(), List.of(), 1, "attach the invitation letter", start);
        assertThat(trip.getStatus()).isEqualTo(TripStatus.RETURNED);
        assertThat(trip.getSteps().get(1).getApprovals()).isEmpty();
        assertThat(trip.getSteps().get(0).getApprovals()).hasSize(1);
        assertThatThrownBy(() -> trip.resubmit(Fixtures.collegeLeader(), "x", List.of(), start))
                .hasMessageContaining("only the requester");
        trip.resubmit(Fixtures.requester(), "letter attached",
                List.of(new Attachment("invitation.pdf", "application/pdf", 1200, null)), start);
        assertThat(trip.getStatus()).isEqualTo(TripStatus.IN_REVIEW);
        assertThat(trip.getCurrentStep()).isEqualTo(1);
        assertThat(trip.getAttachments()).hasSize(1);
    }

    @Test
    void theRequesterRecallsBeforeTheCurrentStepDecides() {
        Trip trip = submitted(aTrip());
        trip.recall(Fixtures.requester(), "dates moved", start);
        assertThat(trip.getStatus()).isEqualTo(TripStatus.RECALLED);
        assertThatThrownBy(() -> trip.approve(Fixtures.internationalOffice(), List.of(), null, start))
                .hasMessageContaining("RECALLED");
        trip.resubmit(Fixtures.requester(), "dates confirmed", List.of(), start);
        trip.approve(Fixtures.internationalOffice(), List.of(), null, start);
        trip.recall(Fixtures.requester(), null, start);
        assertThat(trip.getStatus()).isEqualTo(TripStatus.RECALLED);
    }

    @Test
    void anAllOfStepCannotBeRecalledOnceOneApproverDecided() {
        Trip trip = submitted(aTrip().traveller("user-leader-2", "COLLEGE_LEADER"));
        trip.approve(Fixtures.internationalOffice(), List.of(), null, start);
        Outcome.Approved first = trip.approve(Fixtures.education(), List.of(), null, start);
        assertThat(first.stepComplete()).isFalse();
        assertThatThrownBy(() -> trip.recall(Fixtures.requester(), null, start))
                .hasMessageContaining("already started deciding");
        assertThatThrownBy(() -> trip.approve(Fixtures.officer("user-xu-2", "EDUCATION_DEPARTMENT", "YN"), List.of(),
                null, start)).hasMessageContaining("not routed");
        assertThat(trip.approve(Fixtures.foreignAffairs(), List.of(), null, start).tripApproved()).isTrue();
    }

    @Test
    void aDelegateDecidesInTheDelegatorsNameWithinTheDateRange() {
        Trip trip = submitted(aTrip());
        Actor deputy = Fixtures.collegeUser("user-zhou-li", "Zhou Li");
        Delegation delegation = new Delegation("d-1", Fixtures.internationalOffice(), "user-zhou-li", "Zhou Li",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 10), "travelling", start, null);
        assertThatThrownBy(() -> trip.approve(deputy, List.of(), null, start)).isInstanceOf(TripRefused.class);
        Instant afterRange = LocalDate.of(2027, 1, 11).atTime(10, 0).atZone(ZONE).toInstant();
        assertThat(trip.canDecide(deputy, List.of(delegation), afterRange)).isFalse();
        Outcome.Approved approved = trip.approve(deputy, List.of(delegation), "for Wang Fang", start);
        assertThat(approved.approval().userName()).isEqualTo("Zhou Li");
        assertThat(approved.approval().onBehalfOfName()).isEqualTo("Wang Fang");
        TrailEntry entry = trip.getTrail().get(trip.getTrail().size() - 1);
        assertThat(entry.actorName()).isEqualTo("Zhou Li");
        assertThat(entry.onBehalfOfName()).isEqualTo("Wang Fang");
    }

    @Test
    void anOverdueStepIsRemindedThenEscalatedOnceToTheNextLevel() {
        Trip trip = submitted(aTrip().leadDays(60));
        Instant due = trip.getSteps().get(0).getDueAt();
        assertThat(trip.getNextTimerAt()).isEqualTo(due.minus(Duration.ofHours(48)));
        assertThat(trip.fireTimers(due.minus(Duration.ofHours(49)))).isEmpty();
        assertThat(trip.fireTimers(due.minus(Duration.ofHours(47)))).singleElement()
                .isInstanceOf(Outcome.Reminded.class);
        assertThat(trip.getNextTimerAt()).isAfter(due);
        List<Outcome> overdue = trip.fireTimers(due.plusSeconds(60));
        assertThat(overdue).singleElement().isInstanceOfSatisfying(Outcome.Escalated.class,
                escalated -> assertThat(escalated.escalatedTo()).containsExactly(
                        "college-leader (COLLEGE/COLLEGE_LEADER@college)"));
        assertThat(trip.fireTimers(due.plusSeconds(120))).isEmpty();
        assertThat(trip.getNextTimerAt()).isNull();
        assertThat(trip.getOpenKeys()).contains(
                policy.approvers().get("college-leader").key(Fixtures.COLLEGE, "YN"));
        Outcome.Approved byLeader = trip.approve(Fixtures.collegeLeader(), List.of(), null, due.plusSeconds(180));
        assertThat(byLeader.approval().withinSla()).isFalse();
        assertThat(byLeader.approval().approverName()).isEqualTo("college-international-office");
    }

    @Test
    void anApprovedTripsMissingReportIsFlaggedOverdueAndAReportCanBeFiledAfterReturn() {
        Trip trip = submitted(aTrip());
        for (Actor approver : List.of(Fixtures.internationalOffice(), Fixtures.collegeLeader(), Fixtures.education(),
                Fixtures.foreignAffairs())) {
            trip.approve(approver, List.of(), null, start);
        }
        assertThatThrownBy(() -> trip.fileReport(Fixtures.requester(), "t", "s", start))
                .hasMessageContaining("after the return");
        Instant overdue = trip.getReportDueOn().plusDays(1).atTime(8, 0).atZone(ZONE).toInstant();
        assertThat(trip.fireTimers(overdue)).singleElement().isInstanceOf(Outcome.ReportOverdue.class);
        assertThat(trip.isReportOverdue()).isTrue();
        Outcome.ReportFiled filed = trip.fileReport(Fixtures.requester(), "full text", "Agreement signed", overdue);
        assertThat(filed.report().late()).isTrue();
        assertThat(trip.publicSummary()).containsEntry("reportSummary", "Agreement signed")
                .doesNotContainKeys("budget", "travellers");
    }

    @Test
    void aChangedTrailEntryIsNamedByTheVerification() {
        Trip trip = submitted(aTrip());
        trip.approve(Fixtures.internationalOffice(), List.of(), "fine", start);
        trip.approve(Fixtures.collegeLeader(), List.of(), "fine", start);
        List<TrailEntry> trail = new ArrayList<>(trip.getTrail());
        assertThat(TrailVerification.of(trail).intact()).isTrue();
        TrailEntry second = trail.get(1);
        trail.set(1, new TrailEntry(second.seq(), second.at(), second.action(), "user-mallory", second.actorName(),
                null, null, second.stepIndex(), second.detail(), second.previousHash(), second.hash()));
        TrailVerification broken = TrailVerification.of(trail);
        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBrokenSeq()).isEqualTo(2);
        List<TrailEntry> truncated = new ArrayList<>(trip.getTrail());
        truncated.remove(1);
        assertThat(TrailVerification.of(truncated).firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void routingKeysOfACallerMeetTheKeysOfTheStepsTheyMayDecide() {
        ApproverSpec education = policy.approvers().get("provincial-education");
        assertThat(ApproverSpec.keysOf(Fixtures.education())).contains(education.key(Fixtures.COLLEGE, "YN"));
        assertThat(ApproverSpec.keysOf(Fixtures.officer("u", "EDUCATION_DEPARTMENT", "GX")))
                .doesNotContain(education.key(Fixtures.COLLEGE, "YN"));
    }
}
