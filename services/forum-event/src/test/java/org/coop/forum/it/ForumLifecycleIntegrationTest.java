package org.coop.forum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coop.platform.events.EventSchemas;
import org.coop.platform.events.Topics;
import org.coop.platform.test.PlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** Drafts, publication, revision and cancellation as the organizer and everyone else see them. */
@ForumIntegrationTest
class ForumLifecycleIntegrationTest extends ForumTestBase {

    private Map<String, Object> inCambodia(int daysLater) {
        Map<String, Object> body = new LinkedHashMap<>(ForumApi.forumBody(50));
        body.put("title", Map.of("zh", "东南亚校企合作论坛", "km", "វេទិកាសហប្រតិបត្តិការ"));
        body.put("city", "Phnom Penh");
        body.put("country", "KH");
        body.put("startsOn", ForumApi.STARTS.plusDays(daysLater).toString());
        body.put("endsOn", ForumApi.STARTS.plusDays(daysLater + 1L).toString());
        body.put("sessions", List.of());
        return body;
    }

    @Test
    void publishedForumsAreListedByStartDateAndFilteredByCountryWhileDraftsStayWithTheirOrganizer(
            PlatformInfrastructure infra) {
        String organizer = people.organizer("forum");
        String later = (String) ForumApi.body(api.post(organizer, "", inCambodia(20)).expectStatus().isCreated())
                .get("id");
        Map<String, Object> soonerBody = inCambodia(10);
        String sooner = (String) ForumApi.body(api.post(organizer, "", soonerBody).expectStatus().isCreated())
                .get("id");
        String draft = (String) ForumApi.body(api.post(organizer, "", inCambodia(5)).expectStatus().isCreated())
                .get("id");
        api.post(organizer, "/" + later + "/publish", null).expectStatus().isOk();
        api.post(organizer, "/" + sooner + "/publish", null).expectStatus().isOk();

        String college = people.college("a");
        List<?> listed = (List<?>) ForumApi.body(api.get(college, "?country=KH&status=PUBLISHED").expectStatus().isOk())
                .get("items");
        assertThat(listed.stream().map(f -> (Object) ((Map<?, ?>) f).get("id"))).containsSubsequence(sooner, later)
                .doesNotContain(draft);
        assertThat((List<?>) ForumApi.body(api.get(organizer, "?status=DRAFT").expectStatus().isOk()).get("items"))
                .hasSize(1);
        assertThat((List<?>) ForumApi.body(api.get(college, "?status=DRAFT").expectStatus().isOk()).get("items"))
                .isEmpty();

        Map<String, Object> revised = new LinkedHashMap<>(soonerBody);
        revised.put("city", "Siem Reap");
        api.call(HttpMethod.PUT, organizer, "/" + sooner, revised).expectStatus().isOk().expectBody()
                .jsonPath("$.revision").isEqualTo(1).jsonPath("$.city").isEqualTo("Siem Reap");
        api.post(organizer, "/" + later + "/cancel", Map.of("reason", "merged into the earlier forum"))
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CANCELLED");
        api.post(organizer, "/" + later + "/cancel", Map.of()).expectStatus().isEqualTo(409);

        for (String type : List.of("ForumPublished", "ForumRevised", "ForumCancelled")) {
            String forumId = type.equals("ForumCancelled") ? later : sooner;
            var records = forumEvents(infra, Topics.FORUM_FORUMS, forumId, type, 1);
            assertThat(records).as(type).hasSize(1);
            assertThat(EventSchemas.violations("org.coop.forum." + type + ".v1", records.get(0).value())).isEmpty();
        }
        assertThat(new String(forumEvents(infra, Topics.FORUM_FORUMS, sooner, "ForumRevised", 1).get(0).value()))
                .contains("\"changed\":[\"city\"]");
    }
}
