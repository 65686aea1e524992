package org.coop.forum.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.coop.forum.Fixtures;
import org.coop.forum.common.domain.FieldProblem;
import org.coop.forum.common.domain.Refused;
import org.junit.jupiter.api.Test;

class MeetingTest {

    private static final MeetingGrid GRID = new MeetingGrid(30, LocalTime.of(9, 0), LocalTime.of(17, 30), 4);
    private static final LocalDateTime TEN = LocalDateTime.parse("2027-01-11T10:00");

    private static Meeting request(List<String> invitees, LocalDateTime slot) {
        return Meeting.request("m-1", "forum-1", Fixtures.college("org-a"), invitees, slot, GRID, Fixtures.STARTS,
                Fixtures.ENDS, null, null, Fixtures.NOW);
    }

    private static List<String> problemFields(Runnable request) {
        try {
            request.run();
            return List.of();
        } catch (Refused refused) {
            return refused.problems().stream().map(FieldProblem::field).toList();
        }
    }

    @Test
    void aSlotMustBeAGridSlotOnAForumDay() {
        assertThat(problemFields(() -> request(List.of("org-b"), TEN))).isEmpty();
        assertThat(problemFields(() -> request(List.of("org-b"), TEN.plusMinutes(10)))).containsExactly("slotStartsAt");
        assertThat(problemFields(() -> request(List.of("org-b"), TEN.withHour(17).withMinute(30)))).containsExactly("slotStartsAt");
        assertThat(problemFields(() -> request(List.of("org-b"), TEN.plusDays(5)))).containsExactly("slotStartsAt");
    }

    @Test
    void aMeetingHasTwoToFourDistinctOrganizations() {
        assertThat(problemFields(() -> request(List.of(), TEN))).containsExactly("invitees");
        assertThat(problemFields(() -> request(List.of("org-b", "org-c", "org-d", "org-e"), TEN)))
                .containsExactly("invitees");
        assertThat(problemFields(() -> request(List.of("org-a"), TEN))).containsExactly("invitees");
    }

    @Test
    void aGroupMeetingIsScheduledWhenEveryInviteeAccepted() {
        Meeting meeting = request(List.of("org-b", "org-c"), TEN);
        assertThat(meeting.getSlotEndsAt()).isEqualTo(TEN.plusMinutes(30));
        assertThat(meeting.accept(Fixtures.college("org-b"), Fixtures.NOW)).isFalse();
        assertThat(meeting.accept(Fixtures.college("org-c"), Fixtures.NOW)).isTrue();
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThatThrownBy(() -> meeting.decline(Fixtures.college("org-b"), Fixtures.NOW)).isInstanceOf(Refused.class);
        assertThat(meeting.cancel(Fixtures.college("org-b"), "flight delayed", Fixtures.NOW)).isTrue();
    }

    @Test
    void theRequesterDoesNotAnswerItsOwnRequest() {
        Meeting meeting = request(List.of("org-b"), TEN);
        assertThatThrownBy(() -> meeting.accept(Fixtures.college("org-a"), Fixtures.NOW))
                .isInstanceOfSatisfying(Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(Refused.Reason.NOT_PERMITTED));
    }
}
