package org.coop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The forum schemas refuse what the forum-event service must never send. */
class ForumEventContractTest {

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aForumTitleWithoutChineseOrWithOnlyChineseIsRefused() {
        String forum = "{\"forumId\":\"f\",\"organizerOrganizationId\":\"o\",\"title\":%s,\"city\":\"Vientiane\","
                + "\"country\":\"LA\",\"languages\":[\"zh\"],\"startsOn\":\"2027-03-10\",\"endsOn\":\"2027-03-12\","
                + "\"registrationOpensAt\":\"2026-12-01T00:00:00Z\",\"registrationClosesAt\":\"2027-02-28T00:00:00Z\","
                + "\"capacity\":10,\"publishedAt\":\"2026-11-23T08:30:00Z\"}";
        String type = "org.coop.forum.ForumPublished.v1";
        assertThat(EventSchemas.violations(type, json(forum.formatted("{\"zh\":\"论坛\",\"lo\":\"ເວທີ\"}")))).isEmpty();
        assertThat(EventSchemas.violations(type, json(forum.formatted("{\"en\":\"Forum\",\"lo\":\"ເວທີ\"}"))))
                .isNotEmpty();
        assertThat(EventSchemas.violations(type, json(forum.formatted("{\"zh\":\"论坛\"}")))).isNotEmpty();
        assertThat(EventSchemas.violations(type, json(forum.formatted("{\"zh\":\"论坛\",\"fr\":\"Forum\"}"))))
                .isNotEmpty();
    }

    @Test
    void aMeetingOfMoreThanFourOrganizationsIsRefused() {
        byte[] five = json("{\"meetingId\":\"m\",\"forumId\":\"f\",\"slotStartsAt\":\"2027-03-11T10:00\","
                + "\"slotEndsAt\":\"2027-03-11T10:30\",\"organizationIds\":[\"a\",\"b\",\"c\",\"d\",\"e\"],"
                + "\"requestedByOrganizationId\":\"a\",\"scheduledAt\":\"2026-11-23T08:30:00Z\"}");
        assertThat(EventSchemas.violations("org.coop.forum.MeetingScheduled.v1", five)).isNotEmpty();
    }
}
