package org.coop.forum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.coop.platform.test.input.PropertyCheck;
import org.coop.platform.test.input.Refusals;
import org.coop.platform.test.input.WrongBodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * For every endpoint that reads a body: any wrong body (docs/problems.md, "Input rules") is a 4xx
 * Problem Details, never a 5xx, and changes nothing. Each property then shows its valid body is
 * accepted, so the refusals are the mutations' doing.
 */
@ForumIntegrationTest
class WrongBodiesPropertyTest extends ForumTestBase {

    @Autowired
    ReactiveMongoTemplate mongo;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = Refusals.client(port);
    }

    private long count(String collection, String field, String value) {
        return mongo.count(Query.query(Criteria.where(field).is(value)), collection).block();
    }

    private static WrongBodies forums() {
        return WrongBodies.from(ForumApi.forumBody(10))
                .required("title", "city", "country", "languages", "startsOn", "endsOn", "registrationOpensAt",
                        "registrationClosesAt", "capacity", "sessions[].title", "sessions[].startsAt",
                        "sessions[].endsAt", "sessions[].room", "sessions[].capacity")
                .dictionaries("title", "sessions[].title");
    }

    @Test
    void aWrongForumIsNeverCreated() {
        String organizer = people.organizer("forum");
        PropertyCheck.forAll("POST /api/forums refuses wrong bodies", forums()::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.POST, ForumApi.BASE, organizer, wrong);
            assertThat(count("forums", "forum.organizerOrganizationId", people.org("forum"))).isZero();
        });
        api.post(organizer, "", ForumApi.forumBody(10)).expectStatus().isCreated();
        assertThat(count("forums", "forum.organizerOrganizationId", people.org("forum"))).isOne();
    }

    @Test
    void aWrongRevisionLeavesTheForumAsItWas() {
        String organizer = people.organizer("forum");
        String id = api.publishedForum(organizer, 10);
        Map<String, Object> before = ForumApi.body(api.get(organizer, "/" + id).expectStatus().isOk());
        PropertyCheck.forAll("PUT /api/forums/{id} refuses wrong bodies", forums()::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.PUT, ForumApi.BASE + "/" + id, organizer, wrong);
            assertThat(ForumApi.body(api.get(organizer, "/" + id).expectStatus().isOk())).isEqualTo(before);
        });
        api.call(HttpMethod.PUT, organizer, "/" + id, ForumApi.forumBody(12)).expectStatus().isOk();
    }

    @Test
    void aWrongCancellationLeavesTheForumPublished() {
        String organizer = people.organizer("forum");
        String id = api.publishedForum(organizer, 10);
        WrongBodies cancellations = WrongBodies.from(Map.of("reason", "the venue is closed"));
        PropertyCheck.forAll("POST /api/forums/{id}/cancel refuses wrong bodies", cancellations::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.POST, ForumApi.BASE + "/" + id + "/cancel", organizer, wrong);
            api.get(organizer, "/" + id).expectStatus().isOk().expectBody().jsonPath("$.status")
                    .isEqualTo("PUBLISHED");
        });
        api.post(organizer, "/" + id + "/cancel", Map.of("reason", "the venue is closed")).expectStatus().isOk();
    }

    @Test
    void aWrongRegistrationTakesNoSeat() {
        String forumId = api.publishedForum(people.organizer("forum"), 20);
        String college = people.college("a");
        WrongBodies registrations = WrongBodies.from(ForumApi.delegation(people.user("a"), "m1", "m2"))
                .required("kind", "lead", "lead.userId", "lead.name", "members[].userId", "members[].name");
        PropertyCheck.forAll("POST /api/forums/{id}/registrations refuses wrong bodies", registrations::next,
                wrong -> {
                    Refusals.assertRefused(client, HttpMethod.POST,
                            ForumApi.BASE + "/" + forumId + "/registrations", college, wrong);
                    assertThat(count("registrations", "registration.forumId", forumId)).isZero();
                });
        api.register(college, forumId, ForumApi.delegation(people.user("a"), "m1", "m2"));
        assertThat(count("registrations", "registration.forumId", forumId)).isOne();
    }

    @Test
    void aWrongMeetingRequestSchedulesNothingAndAWrongCancellationCancelsNothing() {
        String forumId = api.publishedForum(people.organizer("forum"), 20);
        api.register(people.college("a"), forumId, ForumApi.single(people.user("a")));
        api.register(people.college("b"), forumId, ForumApi.single(people.user("b")));
        String college = people.college("a");
        Map<String, Object> valid = Map.of("invitees", java.util.List.of(people.org("b")),
                "slotStartsAt", ForumApi.slot("10:00"), "note", "internships for welders");
        WrongBodies meetings = WrongBodies.from(valid).required("invitees", "slotStartsAt");
        PropertyCheck.forAll("POST /api/forums/{id}/meetings refuses wrong bodies", meetings::next, wrong -> {
            Refusals.assertRefused(client, HttpMethod.POST, ForumApi.BASE + "/" + forumId + "/meetings", college,
                    wrong);
            assertThat(count("meetings", "meeting.forumId", forumId)).isZero();
        });
        String meetingId = (String) ForumApi.body(api.post(college, "/" + forumId + "/meetings", valid)
                .expectStatus().isCreated()).get("id");

        WrongBodies cancellations = WrongBodies.from(Map.of("reason", "flight moved"));
        String cancel = ForumApi.BASE + "/" + forumId + "/meetings/" + meetingId + "/cancel";
        PropertyCheck.forAll("POST /api/forums/{id}/meetings/{id}/cancel refuses wrong bodies", cancellations::next,
                wrong -> {
                    Refusals.assertRefused(client, HttpMethod.POST, cancel, college, wrong);
                    api.get(college, "/" + forumId + "/meetings/" + meetingId).expectStatus().isOk().expectBody()
                            .jsonPath("$.status").isEqualTo("REQUESTED");
                });
        api.post(college, "/" + forumId + "/meetings/" + meetingId + "/cancel", Map.of("reason", "flight moved"))
                .expectStatus().isOk();
    }
}
