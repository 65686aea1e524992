package org.coop.forum.forum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.coop.forum.Fixtures;
import org.coop.forum.common.domain.FieldProblem;
import org.coop.forum.common.domain.Refused;
import org.junit.jupiter.api.Test;

class ForumTest {

    private static List<String> fields(ForumDetails details) {
        return details.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void wellFormedDetailsHaveNoProblems() {
        assertThat(Fixtures.details(250).problems()).isEmpty();
    }

    @Test
    void aTitleNeedsChineseAndASecondPlatformLanguage() {
        ForumDetails d = Fixtures.details(10);
        assertThat(fields(withTitle(d, Map.of("zh", "论坛")))).containsExactly("title");
        assertThat(fields(withTitle(d, Map.of("en", "Forum", "vi", "Diễn đàn")))).containsExactly("title.zh");
        assertThat(fields(withTitle(d, Map.of("zh", "论坛", "fr", "Forum")))).contains("title.fr", "title");
    }

    @Test
    void everyBrokenFieldIsNamedAtOnce() {
        ForumDetails d = Fixtures.details(10);
        ForumDetails broken = new ForumDetails(d.title(), " ", "XX", List.of("zh", "de"), d.endsOn(), d.startsOn(),
                d.registrationClosesAt(), d.registrationOpensAt(), 0,
                List.of(new Session(d.title(), LocalDateTime.parse("2027-02-01T09:00"),
                        LocalDateTime.parse("2027-02-01T08:00"), "", 5)));
        assertThat(fields(broken)).contains("city", "country", "languages[1]", "endsOn", "registrationClosesAt",
                "capacity", "sessions[0].endsAt", "sessions[0].room", "sessions[0].capacity");
    }

    @Test
    void aSessionOutsideTheForumDatesIsRefused() {
        ForumDetails d = Fixtures.details(10);
        ForumDetails late = new ForumDetails(d.title(), d.city(), d.country(), d.languages(), d.startsOn(), d.endsOn(),
                d.registrationOpensAt(), d.registrationClosesAt(), 10, List.of(new Session(d.title(),
                LocalDateTime.parse("2027-01-13T09:00"), LocalDateTime.parse("2027-01-13T10:00"), "Hall B", 10)));
        assertThat(fields(late)).containsExactly("sessions[0].startsAt");
    }

    @Test
    void onlyTheOrganizersOwnOrganizationPublishesAndOthersDoNotSeeTheDraft() {
        Forum forum = Forum.draft("forum-1", Fixtures.organizer(), Fixtures.details(10), Fixtures.NOW);
        assertThat(forum.visibleTo(Fixtures.college("org-kunming"))).isFalse();
        assertThatThrownBy(() -> forum.publish(Fixtures.college("org-kunming"), Fixtures.NOW))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Refused.Reason.NOT_FOUND));
        forum.publish(Fixtures.organizer(), Fixtures.NOW);
        assertThat(forum.visibleTo(Fixtures.college("org-kunming"))).isTrue();
        assertThatThrownBy(() -> forum.publish(Fixtures.organizer(), Fixtures.NOW))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Refused.Reason.WRONG_STATE));
    }

    @Test
    void aPublishedRevisionCountsAndNamesWhatChanged() {
        Forum forum = Forum.draft("forum-1", Fixtures.organizer(), Fixtures.details(100), Fixtures.NOW);
        forum.publish(Fixtures.organizer(), Fixtures.NOW);
        ForumDetails d = Fixtures.details(120);
        assertThat(forum.revise(Fixtures.organizer(), d)).containsExactly("capacity");
        assertThat(forum.getRevision()).isEqualTo(1);
        assertThat(forum.revise(Fixtures.organizer(), d)).isEmpty();
        assertThat(forum.getRevision()).isEqualTo(1);
    }

    @Test
    void registrationIsOpenOnlyInsideTheWindowOfAPublishedForum() {
        Forum forum = Forum.draft("forum-1", Fixtures.organizer(), Fixtures.details(10), Fixtures.NOW);
        assertThatThrownBy(() -> forum.requireRegistrationOpen(Fixtures.NOW)).isInstanceOf(Refused.class);
        forum.publish(Fixtures.organizer(), Fixtures.NOW);
        forum.requireRegistrationOpen(Fixtures.NOW);
        Instant closes = forum.getDetails().registrationClosesAt();
        assertThatThrownBy(() -> forum.requireRegistrationOpen(closes)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> forum.requireRegistrationOpen(forum.getDetails().registrationOpensAt().minusSeconds(1)))
                .isInstanceOf(Refused.class);
    }

    private static ForumDetails withTitle(ForumDetails d, Map<String, String> title) {
        return new ForumDetails(title, d.city(), d.country(), d.languages(), d.startsOn(), d.endsOn(),
                d.registrationOpensAt(), d.registrationClosesAt(), d.capacity(), d.sessions());
    }
}
