package org.coop.forum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

/** Bad input is a 400 Problem Details naming each field, and nothing is stored. */
@ForumIntegrationTest
class ValidationIntegrationTest extends ForumTestBase {

    @Autowired
    ReactiveMongoTemplate mongo;

    private long stored(String collection, String field, String value) {
        return mongo.count(Query.query(Criteria.where(field).is(value)), collection).block();
    }

    @Test
    void aForumWithBrokenFieldsIsRefusedFieldByFieldAndNotStored() {
        Map<String, Object> body = new LinkedHashMap<>(ForumApi.forumBody(10));
        body.put("title", Map.of("en", "Forum only in English"));
        body.put("country", "XX");
        body.put("languages", List.of("zh", "fr"));
        body.put("endsOn", ForumApi.STARTS.minusDays(1).toString());
        String organizer = people.organizer("forum");
        api.post(organizer, "", body).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'title.zh')]").exists()
                .jsonPath("$.errors[?(@.field == 'country')]").exists()
                .jsonPath("$.errors[?(@.field == 'languages[1]')]").exists()
                .jsonPath("$.errors[?(@.field == 'endsOn')]").exists();
        api.post(organizer, "", Map.of("capacity", "many")).expectStatus().isBadRequest();
        assertThat(stored("forums", "forum.organizerOrganizationId", people.org("forum"))).isZero();
        api.get(organizer, "?status=DRAFT").expectStatus().isOk().expectBody().jsonPath("$.items.length()")
                .isEqualTo(0);
        api.get(organizer, "?size=500").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void anOversizedDelegationOrAMeetingOffTheGridIsRefusedAndNotStored() {
        String forumId = api.publishedForum(people.organizer("forum"), 20);
        String college = people.college("a");
        api.post(college, "/" + forumId + "/registrations", ForumApi.delegation(people.user("a"), "m1", "m2", "m3",
                "m4", "m5")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("members");
        api.post(college, "/" + forumId + "/registrations", Map.of("kind", "GROUP")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[?(@.field == 'kind')]").exists()
                .jsonPath("$.errors[?(@.field == 'lead')]").exists();
        assertThat(stored("registrations", "registration.organizationId", people.org("a"))).isZero();

        api.register(college, forumId, ForumApi.single(people.user("a")));
        api.register(people.college("b"), forumId, ForumApi.single(people.user("b")));
        api.post(college, "/" + forumId + "/meetings", ForumApi.meetingBody(ForumApi.slot("10:10"), people.org("b")))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("slotStartsAt");
        assertThat(stored("meetings", "meeting.forumId", forumId)).isZero();
    }
}
