package org.coop.forum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

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

    /** Issue 9: a null inside a bilingual text (forum or session title) was a 500 on create and revise. */
    @Test
    @SuppressWarnings("unchecked")
    void aNullInsideABilingualTitleIsRefusedByNameOnCreateAndRevise() {
        String organizer = people.organizer("forum");
        Map<String, Object> nullInTitle = new LinkedHashMap<>(ForumApi.forumBody(10));
        Map<String, String> title = new HashMap<>();
        title.put("zh", null);
        title.put("en", "x");
        nullInTitle.put("title", title);
        refusedNaming(api.post(organizer, "", nullInTitle), "title.zh");

        Map<String, Object> nullInSessionTitle = new LinkedHashMap<>(ForumApi.forumBody(10));
        Map<String, Object> session = new LinkedHashMap<>(
                ((List<Map<String, Object>>) nullInSessionTitle.get("sessions")).get(0));
        session.put("title", title);
        nullInSessionTitle.put("sessions", List.of(session));
        refusedNaming(api.post(organizer, "", nullInSessionTitle), "sessions[0].title.zh");
        assertThat(stored("forums", "forum.organizerOrganizationId", people.org("forum"))).isZero();

        String id = (String) ForumApi.body(api.post(organizer, "", ForumApi.forumBody(10)).expectStatus().isCreated())
                .get("id");
        refusedNaming(api.call(HttpMethod.PUT, organizer, "/" + id, nullInTitle), "title.zh");
        refusedNaming(api.call(HttpMethod.PUT, organizer, "/" + id, nullInSessionTitle), "sessions[0].title.zh");
        api.get(organizer, "/" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.title.en").isEqualTo("China-ASEAN Education Exchange Week");
    }

    /**
     * Issue 9: dates beyond any calendar were a 500, dates had no upper bound, an integer was read as
     * an epoch day ({@code "endsOn": 20260101} became a date in the year 57,440) and numbers were
     * quietly turned into text ({@code "city": 12} became "12").
     */
    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("wrongValues")
    void aWrongValueIsRefusedByNameAndNothingIsStored(String field, Object value, String named) {
        String organizer = people.organizer("forum");
        Map<String, Object> body = new LinkedHashMap<>(ForumApi.forumBody(10));
        body.put(field, value);
        refusedNaming(api.post(organizer, "", body), named);
        assertThat(stored("forums", "forum.organizerOrganizationId", people.org("forum"))).isZero();
    }

    static Stream<Arguments> wrongValues() {
        return Stream.of(
                Arguments.of("endsOn", "-999999999-01-01", "endsOn"),
                Arguments.of("endsOn", "+999999999-12-31", "endsOn"),
                Arguments.of("startsOn", "-999999999-01-01", "startsOn"),
                Arguments.of("startsOn", "2100-01-01", "startsOn"),
                Arguments.of("startsOn", "1999-12-31", "startsOn"),
                Arguments.of("registrationClosesAt", "+999999999-12-31T00:00:00Z", "registrationClosesAt"),
                Arguments.of("endsOn", 20260101, "endsOn"),
                Arguments.of("registrationOpensAt", 1_767_225_600, "registrationOpensAt"),
                Arguments.of("city", 12, "city"),
                Arguments.of("capacity", "10", "capacity"),
                Arguments.of("languages", List.of("zh", 7), "languages[1]"));
    }

    @Test
    void aRefusedDateSaysWhichDatesAreTaken() {
        Map<String, Object> body = new LinkedHashMap<>(ForumApi.forumBody(10));
        body.put("endsOn", "+999999999-12-31");
        refusedNaming(api.post(people.organizer("forum"), "", body), "endsOn")
                .jsonPath("$.errors[0].message").isEqualTo("must be between 2000-01-01 and 2099-12-31")
                .jsonPath("$.errors[0].code").isEqualTo("DateWindow");
    }

    private static WebTestClient.BodyContentSpec refusedNaming(WebTestClient.ResponseSpec response, String field) {
        return response.expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://coop-platform.example/problems/validation-failed")
                .jsonPath("$.errors[0].field").isEqualTo(field);
    }
}
