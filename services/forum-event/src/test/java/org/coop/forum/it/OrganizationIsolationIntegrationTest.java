package org.coop.forum.it;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Another organization's forum, registration or meeting is "not found" on every endpoint that
 * names it (404, never 403, and nothing changes); a missing role is 403; no token is 401.
 */
@ForumIntegrationTest
class OrganizationIsolationIntegrationTest extends ForumTestBase {

    record Call(HttpMethod method, String path, Object body) {
    }

    private void expect(String token, List<Call> calls, int status) {
        for (Call call : calls) {
            api.call(call.method(), token, call.path(), call.body()).expectStatus().isEqualTo(status)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void everyEndpointNamingAnotherOrganizationsObjectAnswersNotFoundAndChangesNothing() {
        String organizer = people.organizer("forum");
        String forum = "/" + api.publishedForum(organizer, 10);
        String draft = "/" + ForumApi.body(api.post(organizer, "", ForumApi.forumBody(10)).expectStatus().isCreated())
                .get("id");
        String registration = forum + "/registrations/"
                + api.register(people.college("a"), forum.substring(1), ForumApi.single(people.user("a"))).get("id");
        api.register(people.college("b"), forum.substring(1), ForumApi.single(people.user("b")));
        String meeting = forum + "/meetings/" + ForumApi.body(api.post(people.college("a"), forum + "/meetings",
                ForumApi.meetingBody(ForumApi.slot("09:00"), people.org("b"))).expectStatus().isCreated()).get("id");
        Map<String, Object> empty = Map.of();

        // a college that is not a party: the registration and the meeting of others, and a draft
        String outsider = people.college("z");
        api.register(outsider, forum.substring(1), ForumApi.single(people.user("z")));
        expect(outsider, List.of(
                new Call(HttpMethod.GET, registration, null),
                new Call(HttpMethod.POST, registration + "/cancel", empty),
                new Call(HttpMethod.GET, meeting, null),
                new Call(HttpMethod.POST, meeting + "/accept", empty),
                new Call(HttpMethod.POST, meeting + "/decline", empty),
                new Call(HttpMethod.POST, meeting + "/cancel", empty),
                new Call(HttpMethod.GET, draft, null),
                new Call(HttpMethod.POST, draft + "/registrations", ForumApi.single(people.user("z"))),
                new Call(HttpMethod.GET, draft + "/agenda", null),
                new Call(HttpMethod.GET, draft + "/registrations/mine", null)), 404);

        // another organizer: someone else's forum cannot be managed, read in full or checked in
        String otherOrganizer = people.organizer("other-forum");
        expect(otherOrganizer, List.of(
                new Call(HttpMethod.PUT, forum, ForumApi.forumBody(20)),
                new Call(HttpMethod.POST, forum + "/cancel", empty),
                new Call(HttpMethod.POST, draft + "/publish", empty),
                new Call(HttpMethod.GET, draft, null),
                new Call(HttpMethod.GET, forum + "/registrations", null),
                new Call(HttpMethod.GET, registration, null),
                new Call(HttpMethod.POST, registration + "/check-in", empty)), 404);

        // nothing changed
        api.get(organizer, forum).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.capacity").isEqualTo(10);
        api.get(organizer, draft).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("DRAFT");
        api.get(organizer, registration).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CONFIRMED").jsonPath("$.checkedInAt").doesNotExist();
        api.get(people.college("b"), meeting).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("REQUESTED");
    }

    @Test
    void aMissingRoleIsForbiddenAndNoTokenIsUnauthenticated() {
        String forum = "/" + api.publishedForum(people.organizer("forum"), 10);
        Map<String, Object> empty = Map.of();
        List<Call> organizerOnly = List.of(
                new Call(HttpMethod.POST, "", ForumApi.forumBody(10)),
                new Call(HttpMethod.PUT, forum, ForumApi.forumBody(10)),
                new Call(HttpMethod.POST, forum + "/publish", empty),
                new Call(HttpMethod.POST, forum + "/cancel", empty),
                new Call(HttpMethod.GET, forum + "/registrations", null),
                new Call(HttpMethod.POST, forum + "/registrations/r/check-in", empty));
        expect(people.college("a"), organizerOnly, 403);
        expect(people.organizer("forum"), List.of(
                new Call(HttpMethod.POST, forum + "/registrations", ForumApi.single(people.user("forum"))),
                new Call(HttpMethod.POST, forum + "/meetings", ForumApi.meetingBody(ForumApi.slot("09:00"), "x")),
                new Call(HttpMethod.GET, forum + "/agenda", null)), 403);
        expect(null, organizerOnly, 401);
        expect(null, List.of(new Call(HttpMethod.GET, "", null), new Call(HttpMethod.GET, forum, null)), 401);
    }
}
