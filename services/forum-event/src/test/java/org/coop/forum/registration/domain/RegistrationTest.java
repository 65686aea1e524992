package org.coop.forum.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.coop.forum.Fixtures;
import org.coop.forum.common.domain.FieldProblem;
import org.coop.forum.common.domain.Refused;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private static final Attendee LEAD = new Attendee("user-lin-wei", "Lin Wei");
    private static final Attendee MEMBER = new Attendee("user-zhao-min", "Zhao Min");

    private static Registration delegation(List<Attendee> members, int max) {
        return Registration.request("r-1", "forum-1", Fixtures.college("org-kunming"), Registration.Kind.DELEGATION,
                LEAD, members, max, Fixtures.NOW);
    }

    @Test
    void aDelegationHoldsASeatForItsLeadAndEachMember() {
        assertThat(delegation(List.of(MEMBER), 4).seats()).isEqualTo(2);
    }

    @Test
    void aDelegationLargerThanTheConfiguredLimitOrASingleWithMembersIsRefused() {
        List<Attendee> three = List.of(MEMBER, new Attendee("u-3", "Three"), new Attendee("u-4", "Four"));
        assertThatThrownBy(() -> delegation(three, 2)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.problems()).extracting(FieldProblem::code).containsExactly("delegation-size"));
        assertThatThrownBy(() -> Registration.request("r-1", "forum-1", Fixtures.college("org-kunming"),
                Registration.Kind.SINGLE, LEAD, List.of(MEMBER), 4, Fixtures.NOW)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> delegation(List.of(LEAD), 4)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.problems()).extracting(FieldProblem::field).containsExactly("members[0].userId"));
    }

    @Test
    void aConfirmedRegistrationIsCheckedInOnceAndGivesItsSeatsBackWhenCancelled() {
        Registration r = delegation(List.of(MEMBER), 4);
        r.seated(1, true, Fixtures.NOW);
        r.checkIn("user-staff", Fixtures.NOW);
        assertThatThrownBy(() -> r.checkIn("user-staff", Fixtures.NOW)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(Refused.Reason.WRONG_STATE));
        assertThat(r.cancel(Registration.CancelReason.BY_REGISTRANT, Fixtures.NOW)).isEqualTo(2);
        assertThatThrownBy(() -> r.cancel(Registration.CancelReason.BY_REGISTRANT, Fixtures.NOW))
                .isInstanceOf(Refused.class);
    }

    @Test
    void aWaitlistedRegistrationIsNotCheckedInAndReleasesNothingButCanBePromoted() {
        Registration r = delegation(List.of(MEMBER), 4);
        r.seated(7, false, Fixtures.NOW);
        assertThat(r.getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThatThrownBy(() -> r.checkIn("user-staff", Fixtures.NOW)).isInstanceOf(Refused.class);
        r.promote(Fixtures.NOW);
        assertThat(r.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(r.isPromoted()).isTrue();
    }

    @Test
    void travelIsClearedOnlyForTheRegistrationsOwnAttendees() {
        Registration r = delegation(List.of(MEMBER), 4);
        r.seated(1, true, Fixtures.NOW);
        assertThat(r.clearTravel(List.of("user-zhao-min", "user-stranger"))).isTrue();
        assertThat(r.clearTravel(List.of("user-zhao-min"))).isFalse();
        assertThat(r.getTravelClearedUserIds()).containsExactly("user-zhao-min");
    }
}
