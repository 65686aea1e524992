package org.coop.matchmaking.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.coop.approval.trip.adapter.mongo.TripDocument;
import org.coop.forum.registration.adapter.mongo.RegistrationDocument;
import org.coop.forum.registration.domain.RegistrationStatus;
import org.coop.matchmaking.matches.MatchDocument;
import org.coop.matchmaking.needs.NeedDocument;
import org.coop.platform.infra.EmbeddedMongoStore;
import org.coop.proposal.agreement.adapter.mongo.ProposalDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;

/**
 * A small province-year written into the embedded store twice with the same seed, read back
 * through the services' own document classes: the shapes map, trails verify, seat ledgers agree
 * with the registrations, nothing waits in an outbox, and the same seed writes the same data.
 */
class ProvinceYearTest {

    private static final Instant AS_OF = Instant.parse("2026-12-01T00:00:00Z");
    private static final ProvinceYear.Volumes VOLUMES = ProvinceYear.Volumes.scaled(0.01);

    private static EmbeddedMongoStore first;
    private static EmbeddedMongoStore second;
    private static MongoClient firstClient;
    private static MongoClient secondClient;

    @BeforeAll
    static void generateTwice() {
        first = EmbeddedMongoStore.inMemory(0).start();
        second = EmbeddedMongoStore.inMemory(0).start();
        firstClient = MongoClients.create("mongodb://127.0.0.1:" + first.port());
        secondClient = MongoClients.create("mongodb://127.0.0.1:" + second.port());
        try (ProvinceStore store = new ProvinceStore(firstClient)) {
            ProvinceYear.generate(store, 7, VOLUMES, AS_OF);
        }
        try (ProvinceStore store = new ProvinceStore(secondClient)) {
            ProvinceYear.generate(store, 7, VOLUMES, AS_OF);
        }
    }

    @AfterAll
    static void stop() {
        firstClient.close();
        secondClient.close();
        first.close();
        second.close();
    }

    @Test
    void everyNeedAndEveryMatchReadsBackAsTheServiceStoresThem() {
        List<NeedDocument> needs = all(firstClient, "matchmaking", "needs", NeedDocument.class);
        List<MatchDocument> matches = all(firstClient, "matchmaking", "matches", MatchDocument.class);

        assertThat(needs).hasSize(VOLUMES.needs());
        assertThat(matches).isNotEmpty().allSatisfy(match -> {
            assertThat(match.reasons).isNotEmpty();
            assertThat(match.audience).containsExactly(match.collegeOrganizationId, match.partnerOrganizationId);
            assertThat(match.timeline).extracting(MatchDocument.TimelineEntry::type).contains("match-suggested");
        });
        Map<String, Long> needsByCollege = needs.stream()
                .collect(Collectors.groupingBy(need -> need.organizationId, Collectors.counting()));
        assertThat(needsByCollege.get("org-yn-kmvtc")).as("the demo college is among the biggest")
                .isGreaterThan((long) VOLUMES.needs() / VOLUMES.colleges());
    }

    @Test
    void everyTripTrailIsAnIntactChain() {
        List<TripDocument> trips = all(firstClient, "approvals", "trips", TripDocument.class);

        assertThat(trips).hasSizeGreaterThan(VOLUMES.trips() * 9 / 10).allSatisfy(stored ->
                assertThat(stored.trip().verifyTrail().intact()).as(stored.id()).isTrue());
        assertThat(trips).extracting(stored -> stored.trip().getStatus().name())
                .contains("APPROVED", "REJECTED", "IN_REVIEW");
    }

    @Test
    void proposalsComeFromAcceptedMatches() {
        List<ProposalDocument> proposals = all(firstClient, "proposal", "proposals", ProposalDocument.class);
        List<String> accepted = all(firstClient, "matchmaking", "matches", MatchDocument.class).stream()
                .filter(match -> "ACCEPTED".equals(match.status.name())).map(match -> match.id).toList();

        assertThat(proposals).isNotEmpty()
                .allSatisfy(stored -> assertThat(accepted).contains(stored.proposal().getOriginMatchId()));
    }

    @Test
    void eachForumsSeatLedgerHoldsExactlyItsConfirmedRegistrations() {
        List<RegistrationDocument> registrations = all(firstClient, "forums", "registrations",
                RegistrationDocument.class);
        List<Document> forums = Flux.from(firstClient.getDatabase("forums").getCollection("forums").find())
                .collectList().block();

        assertThat(registrations).isNotEmpty();
        for (Document forum : forums) {
            List<String> confirmed = registrations.stream()
                    .filter(stored -> stored.registration().getForumId().equals(forum.get("_id")))
                    .filter(stored -> stored.registration().getStatus() == RegistrationStatus.CONFIRMED)
                    .map(RegistrationDocument::id).toList();
            assertThat(forum.get("seats", Document.class).getList("holders", String.class))
                    .as("seat holders of %s", forum.get("_id")).containsExactlyInAnyOrderElementsOf(confirmed);
        }
    }

    @Test
    void nothingWaitsInAnOutbox() {
        for (String[] collection : List.of(new String[] {"matchmaking", "needs"},
                new String[] {"matchmaking", "matches"}, new String[] {"proposal", "proposals"},
                new String[] {"approvals", "trips"}, new String[] {"forums", "forums"},
                new String[] {"forums", "registrations"})) {
            Long pending = Flux.from(firstClient.getDatabase(collection[0]).getCollection(collection[1])
                    .countDocuments(new Document("_outboxPendingSince", new Document("$exists", true)))).blockFirst();
            assertThat(pending).as(collection[0] + "." + collection[1]).isZero();
        }
    }

    @Test
    void theSameSeedWritesTheSameData() {
        for (String[] collection : List.of(new String[] {"matchmaking", "needs"},
                new String[] {"matchmaking", "matches"}, new String[] {"approvals", "trips"},
                new String[] {"forums", "registrations"})) {
            assertThat(documents(secondClient, collection[0], collection[1]))
                    .as(collection[0] + "." + collection[1])
                    .isEqualTo(documents(firstClient, collection[0], collection[1]));
        }
    }

    private static <T> List<T> all(MongoClient client, String database, String collection, Class<T> type) {
        return new ReactiveMongoTemplate(client, database).findAll(type, collection).collectList().block();
    }

    private static List<String> documents(MongoClient client, String database, String collection) {
        return Flux.from(client.getDatabase(database).getCollection(collection).find()
                        .sort(new Document("_id", 1)))
                .map(Document::toJson).collectList().block();
    }
}
