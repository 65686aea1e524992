package org.coop.forum.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coop.platform.events.Topics;
import org.coop.platform.events.matchmaking.MatchAccepted;
import org.coop.platform.test.PlatformInfrastructure;
import org.junit.jupiter.api.Test;

/** Meetings between registrants: no organization twice in a slot however acceptances race, agendas, suggestions. */
@ForumIntegrationTest
class MeetingIntegrationTest extends ForumTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    org.coop.forum.meeting.adapter.mongo.MongoMeetingStore meetings;

    private String forumWith(String... colleges) {
        String forumId = api.publishedForum(people.organizer("forum"), 20);
        for (String name : colleges) {
            api.register(people.college(name), forumId, ForumApi.single(people.user(name)));
        }
        return forumId;
    }

    private String request(String requester, String forumId, String slot, String... invitees) {
        return (String) ForumApi.body(api.post(people.college(requester), "/" + forumId + "/meetings",
                ForumApi.meetingBody(slot, invitees)).expectStatus().isCreated()).get("id");
    }

    @Test
    void threeRequestsForTheSameSlotAcceptedAtOnceScheduleExactlyOneMeeting(PlatformInfrastructure infra)
            throws Exception {
        String forumId = forumWith("a", "b", "c", "d");
        String slot = ForumApi.slot("10:00");
        List<String> requests = List.of(request("b", forumId, slot, people.org("a")),
                request("c", forumId, slot, people.org("a")), request("d", forumId, slot, people.org("a")));

        String host = people.college("a");
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> accepts = requests.stream().<Callable<Integer>>map(id -> () ->
                    api.post(host, "/" + forumId + "/meetings/" + id + "/accept", null).returnResult(Void.class)
                            .getStatus().value()).toList();
            for (Future<Integer> status : pool.invokeAll(accepts)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409, 409);

        List<?> agenda = ForumApi.list(api.get(host, "/" + forumId + "/agenda").expectStatus().isOk());
        assertThat(agenda).hasSize(3);
        assertThat(agenda.stream().filter(m -> ((Map<?, ?>) m).get("status").equals("SCHEDULED"))).hasSize(1);
        assertThat(forumEvents(infra, Topics.FORUM_MEETINGS, forumId, "MeetingScheduled", 1)).hasSize(1);

        String scheduled = agenda.stream().map(m -> (Map<?, ?>) m).filter(m -> m.get("status").equals("SCHEDULED"))
                .map(m -> (String) m.get("id")).findFirst().orElseThrow();
        api.post(host, "/" + forumId + "/meetings/" + scheduled + "/cancel", Map.of("reason", "changed plans"))
                .expectStatus().isOk();
        String another = requests.stream().filter(id -> !id.equals(scheduled)).findFirst().orElseThrow();
        api.post(host, "/" + forumId + "/meetings/" + another + "/accept", null).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("SCHEDULED");
        assertThat(forumEvents(infra, Topics.FORUM_MEETINGS, forumId, "MeetingCancelled", 1)).hasSize(1);
    }

    /**
     * An instance dies after writing a cancellation and before releasing the slot: the booking it
     * left does not block the next meeting in that slot, while a live meeting's booking still does.
     */
    @Test
    void aSlotLeftBookedByACrashAfterACancellationIsFreeForTheNextMeeting() {
        String forumId = forumWith("a", "b", "c");
        String slot = ForumApi.slot("11:00");
        String host = people.college("a");
        String first = request("b", forumId, slot, people.org("a"));
        api.post(host, "/" + forumId + "/meetings/" + first + "/accept", null).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("SCHEDULED");
        var stored = meetings.find(first).block();
        stored.meeting().cancel(new org.coop.forum.common.domain.Actor(people.user("a"), "a", people.org("a"),
                java.util.Set.of("COLLEGE")), "the release never ran", Instant.now());
        meetings.update(stored, List.of()).block();

        String second = request("c", forumId, slot, people.org("a"));
        api.post(host, "/" + forumId + "/meetings/" + second + "/accept", null).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("SCHEDULED");
        String third = request("b", forumId, slot, people.org("a"));
        api.post(host, "/" + forumId + "/meetings/" + third + "/accept", null).expectStatus().isEqualTo(409);
    }

    @Test
    void aSmallGroupIsScheduledWhenEveryoneAcceptedAndOnlyRegistrantsAreInvited() {
        String forumId = forumWith("a", "b", "c");
        String slot = ForumApi.slot("14:30");
        api.post(people.college("a"), "/" + forumId + "/meetings",
                ForumApi.meetingBody(slot, people.org("b"), people.org("stranger"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("invitees[1]");

        String id = request("a", forumId, slot, people.org("b"), people.org("c"));
        api.post(people.college("b"), "/" + forumId + "/meetings/" + id + "/accept", null).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("REQUESTED");
        api.post(people.college("c"), "/" + forumId + "/meetings/" + id + "/accept", null).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("SCHEDULED");
        api.post(people.college("a"), "/" + forumId + "/meetings/" + id + "/accept", null).expectStatus()
                .isEqualTo(409);
    }

    @Test
    void anAcceptedMatchDeliveredTwiceSuggestsAMeetingWithTheRegisteredPartnerOnce(PlatformInfrastructure infra) {
        String forumId = forumWith("a", "b");
        MatchAccepted match = new MatchAccepted("match-" + UUID.randomUUID(), "need-1", "offer-1", null,
                people.org("a"), people.org("b"), "ENTERPRISE", "VN", people.org("not-registered"), "COLLEGE_COMPANY",
                List.of("internship"), List.of("VN"), 0.8, Instant.now());
        publish(infra, match, UUID.randomUUID().toString(), 2);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                api.get(people.college("a"), "/" + forumId + "/meetings/suggestions").expectStatus().isOk()
                        .expectBody().jsonPath("$.length()").isEqualTo(1)
                        .jsonPath("$[0].organizationId").isEqualTo(people.org("b"))
                        .jsonPath("$[0].matchId").isEqualTo(match.matchId()));
    }
}
