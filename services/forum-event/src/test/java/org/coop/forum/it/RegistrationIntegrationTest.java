package org.coop.forum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.coop.platform.events.EventJson;
import org.coop.platform.events.EventSchemas;
import org.coop.platform.events.Topics;
import org.coop.platform.events.forum.RegistrationConfirmed;
import org.coop.platform.test.PlatformInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Seats under a burst, the waiting list and its promotion, one registration per organization, check-in. */
@ForumIntegrationTest
class RegistrationIntegrationTest extends ForumTestBase {

    @Autowired
    ReactiveMongoTemplate mongo;

    @SuppressWarnings("unchecked")
    private Map<String, Object> ledger(String forumId) {
        Document forum = mongo.findById(forumId, Document.class, "forums").block();
        return (Map<String, Object>) forum.get("seats");
    }

    private List<Map<String, Object>> burst(String forumId, int registrations) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(registrations);
        try {
            List<Callable<Map<String, Object>>> calls = new ArrayList<>();
            for (int i = 0; i < registrations; i++) {
                String name = "college" + i;
                String token = people.college(name);
                calls.add(() -> api.register(token, forumId, ForumApi.single(people.user(name))));
            }
            List<Map<String, Object>> answers = new ArrayList<>();
            for (Future<Map<String, Object>> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBurstOfFortyRegistrationsForTwentyFiveSeatsConfirmsExactlyTwentyFiveAndPromotesTheFirstWaitlistedOnCancel(
            PlatformInfrastructure infra) throws Exception {
        String organizer = people.organizer("forum");
        String forumId = api.publishedForum(organizer, 25);

        List<Map<String, Object>> answers = burst(forumId, 40);

        Map<Object, Long> byStatus = answers.stream().collect(Collectors.groupingBy(a -> a.get("status"),
                Collectors.counting()));
        assertThat(byStatus).containsEntry("CONFIRMED", 25L).containsEntry("WAITLISTED", 15L).hasSize(2);
        assertThat(ledger(forumId)).containsEntry("left", 0).containsEntry("arrivals", 40L);
        assertThat((List<?>) ledger(forumId).get("holders")).hasSize(25);
        assertThat(answers.stream().map(a -> ((Number) a.get("arrival")).longValue()).distinct())
                .hasSize(40).allMatch(arrival -> arrival >= 1 && arrival <= 40);
        List<?> listed = (List<?>) ForumApi.body(api.get(organizer, "/" + forumId + "/registrations?size=100")
                .expectStatus().isOk()).get("items");
        assertThat(listed).hasSize(40);

        Map<String, Object> firstWaitlisted = answers.stream().filter(a -> a.get("status").equals("WAITLISTED"))
                .min(Comparator.comparingLong(a -> ((Number) a.get("arrival")).longValue())).orElseThrow();
        Map<String, Object> aConfirmed = answers.stream().filter(a -> a.get("status").equals("CONFIRMED"))
                .findFirst().orElseThrow();
        String cancellerName = "college" + answers.indexOf(aConfirmed);
        api.post(people.college(cancellerName), "/" + forumId + "/registrations/" + aConfirmed.get("id") + "/cancel",
                null).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CANCELLED");

        String promotedName = "college" + answers.indexOf(firstWaitlisted);
        api.get(people.college(promotedName), "/" + forumId + "/registrations/" + firstWaitlisted.get("id"))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CONFIRMED").jsonPath("$.promoted").isEqualTo(true);
        assertThat(ledger(forumId)).containsEntry("left", 0);

        List<ConsumerRecord<String, byte[]>> promoted = forumEvents(infra, Topics.FORUM_REGISTRATIONS, forumId,
                "RegistrationPromoted", 1);
        assertThat(promoted).hasSize(1);
        assertThat(new String(promoted.get(0).value())).contains((String) firstWaitlisted.get("id"));

        List<ConsumerRecord<String, byte[]>> confirmed = forumEvents(infra, Topics.FORUM_REGISTRATIONS, forumId,
                "RegistrationConfirmed", 26);
        assertThat(confirmed).hasSize(26);
        for (ConsumerRecord<String, byte[]> record : confirmed) {
            assertThat(EventSchemas.violations("org.coop.forum.RegistrationConfirmed.v1", record.value())).isEmpty();
        }
        RegistrationConfirmed sample = EventJson.fromBytes(confirmed.get(0).value(), RegistrationConfirmed.class);
        assertThat(sample.forumCountry()).isEqualTo("LA");
        assertThat(sample.forumTitle()).startsWith("中国—东盟教育交流周");
        assertThat(forumEvents(infra, Topics.FORUM_REGISTRATIONS, forumId, "RegistrationWaitlisted", 15)).hasSize(15);
    }

    @Test
    void fiveConfirmedRegistrationsCancelledAtOncePromoteExactlyTheFiveWaitlistedWithoutOverselling()
            throws Exception {
        String forumId = api.publishedForum(people.organizer("forum"), 5);
        List<Map<String, Object>> answers = burst(forumId, 10);
        List<Integer> confirmed = IntStream.range(0, answers.size())
                .filter(i -> answers.get(i).get("status").equals("CONFIRMED")).boxed().toList();
        assertThat(confirmed).hasSize(5);

        ExecutorService pool = Executors.newFixedThreadPool(confirmed.size());
        try {
            List<Callable<Integer>> cancels = confirmed.stream().<Callable<Integer>>map(i -> () ->
                    api.post(people.college("college" + i), "/" + forumId + "/registrations/"
                            + answers.get(i).get("id") + "/cancel", null).returnResult(Void.class).getStatus().value())
                    .toList();
            for (Future<Integer> status : pool.invokeAll(cancels)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        List<?> all = (List<?>) ForumApi.body(api.get(people.organizer("forum"), "/" + forumId + "/registrations")
                .expectStatus().isOk()).get("items");
        assertThat(all.stream().filter(r -> ((Map<?, ?>) r).get("status").equals("CONFIRMED"))
                .map(r -> (Object) ((Map<?, ?>) r).get("promoted"))).containsExactly(true, true, true, true, true);
        assertThat(ledger(forumId)).containsEntry("left", 0);
        assertThat((List<?>) ledger(forumId).get("holders")).hasSize(5);
    }

    @Test
    void aDelegationThatDoesNotFitKeepsItsPlaceWhileASmallerRegistrationBehindItTakesTheFreedSeat() {
        String forumId = api.publishedForum(people.organizer("forum"), 2);
        Map<String, Object> first = api.register(people.college("a"), forumId, ForumApi.single(people.user("a")));
        api.register(people.college("b"), forumId, ForumApi.single(people.user("b")));
        Map<String, Object> delegation = api.register(people.college("c"), forumId,
                ForumApi.delegation(people.user("c"), people.user("c2"), people.user("c3")));
        Map<String, Object> single = api.register(people.enterprise("d"), forumId, ForumApi.single(people.user("d")));
        assertThat(delegation.get("status")).isEqualTo("WAITLISTED");
        assertThat(single.get("status")).isEqualTo("WAITLISTED");

        api.post(people.college("a"), "/" + forumId + "/registrations/" + first.get("id") + "/cancel", null)
                .expectStatus().isOk();

        api.get(people.college("c"), "/" + forumId + "/registrations/mine").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("WAITLISTED");
        api.get(people.enterprise("d"), "/" + forumId + "/registrations/mine").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CONFIRMED");
    }

    @Test
    void anOrganizationRegistersOnceUntilItCancelsAndIsCheckedInOnce() {
        String organizer = people.organizer("forum");
        String forumId = api.publishedForum(organizer, 10);
        String college = people.college("a");
        Map<String, Object> registration = api.register(college, forumId,
                ForumApi.delegation(people.user("a"), people.user("a2")));
        assertThat(registration.get("seats")).isEqualTo(2);
        api.post(college, "/" + forumId + "/registrations", ForumApi.single(people.user("a"))).expectStatus()
                .isEqualTo(409);

        String path = "/" + forumId + "/registrations/" + registration.get("id");
        api.post(organizer, path + "/check-in", null).expectStatus().isOk().expectBody()
                .jsonPath("$.checkedInByUserId").isEqualTo(people.user("forum"));
        api.post(organizer, path + "/check-in", null).expectStatus().isEqualTo(409);

        api.post(college, path + "/cancel", null).expectStatus().isOk();
        api.post(college, path + "/cancel", null).expectStatus().isEqualTo(409);
        assertThat(api.register(college, forumId, ForumApi.single(people.user("a"))).get("status"))
                .isEqualTo("CONFIRMED");
    }

    @Test
    void registrationClosesWithTheForumAndAPublishedCapacityCannotDropBelowConfirmedSeats() {
        String organizer = people.organizer("forum");
        String forumId = api.publishedForum(organizer, 3);
        IntStream.range(0, 3).forEach(i -> api.register(people.college("c" + i), forumId,
                ForumApi.single(people.user("c" + i))));
        api.call(org.springframework.http.HttpMethod.PUT, organizer, "/" + forumId, ForumApi.forumBody(2))
                .expectStatus().isEqualTo(409);
        api.call(org.springframework.http.HttpMethod.PUT, organizer, "/" + forumId, ForumApi.forumBody(4))
                .expectStatus().isOk().expectBody().jsonPath("$.revision").isEqualTo(1);
        api.post(organizer, "/" + forumId + "/cancel", Map.of("reason", "venue unavailable")).expectStatus().isOk();
        api.post(people.college("late"), "/" + forumId + "/registrations", ForumApi.single(people.user("late")))
                .expectStatus().isEqualTo(409);
    }
}
