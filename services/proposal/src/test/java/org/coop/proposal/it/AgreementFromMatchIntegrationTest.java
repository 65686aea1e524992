package org.coop.proposal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coop.proposal.it.ProposalApi.problem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coop.platform.events.EventSchemas;
import org.coop.platform.events.matchmaking.MatchAccepted;
import org.junit.jupiter.api.Test;

/** From an accepted match on the broker to a concluded agreement on the broker, as the parties use the service. */
@ProposalIntegrationTest
class AgreementFromMatchIntegrationTest extends ProposalTestBase {

    private MatchAccepted accepted(String matchId, String needId) {
        return new MatchAccepted(matchId, needId, "offer-" + UUID.randomUUID(), null, people.college, people.company,
                "ENTERPRISE", "VN", null, "COLLEGE_COMPANY", List.of("internship"), List.of("VN"), 0.87,
                Instant.now(), People.PROVINCE, 3);
    }

    private void awaitReplica(String matchId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> replicaEntries(matchId) == 1);
    }

    @Test
    void anAcceptedMatchIsDraftedRevisedSubmittedSignedInOrderAndItsConclusionPublished() {
        String matchId = "match-" + UUID.randomUUID();
        String needId = "need-" + UUID.randomUUID();
        publish(accepted(matchId, needId));
        awaitReplica(matchId);

        Map<String, Object> body = ProposalApi.with(ProposalApi.texts(""), "organizationNames",
                Map.of(people.company, "VinFast Bac Ninh"));
        Map<String, Object> drafted = api.created(people.companyStaff(), "/from-match/" + matchId, body);
        String id = (String) drafted.get("id");
        assertThat(drafted).containsEntry("mode", "COLLEGE_COMPANY").containsEntry("originMatchId", matchId)
                .containsEntry("needId", needId).containsEntry("status", "DRAFT").containsEntry("version", 1);
        assertThat(drafted.get("parties").toString()).contains(people.college, "VinFast Bac Ninh");

        Map<String, Object> revised = api.ok(api.post(people.collegeStaff(), "/" + id + "/revisions",
                ProposalApi.with(ProposalApi.texts("（第二稿）"), "version", 1)));
        assertThat(revised.get("version")).isEqualTo(2);
        assertThat(problem(api.post(people.companyStaff(), "/" + id + "/revisions",
                ProposalApi.with(ProposalApi.texts("（另一稿）"), "version", 1)), 409).get("detail").toString())
                .contains("you revised version 1 but the proposal is at version 2");
        List<?> versions = api.get(people.companyStaff(), "/" + id + "/versions").expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).toString()).contains(people.company).doesNotContain("第二稿");
        assertThat(versions.get(1).toString()).contains(people.college, "第二稿");

        api.created(people.companyStaff(), "/" + id + "/comments", Map.of("text", "请确认住宿标准", "field", "terms"));
        assertThat(api.ok(api.post(people.collegeStaff(), "/" + id + "/submit", null)))
                .containsEntry("status", "SUBMITTED").containsEntry("nextSigner", people.college);

        Map<String, Object> outOfTurn = problem(api.post(people.companyStaff(), "/" + id + "/sign", null), 409);
        assertThat(outOfTurn.get("detail").toString()).contains("it is not your turn to sign", people.college);
        assertThat(outOfTurn).containsEntry("reason", "OUT_OF_TURN");
        assertThat(api.ok(api.post(people.collegeStaff(), "/" + id + "/sign", null)))
                .containsEntry("status", "SIGNING").containsEntry("nextSigner", people.company);
        assertThat(api.ok(api.post(people.companyStaff(), "/" + id + "/sign", null)))
                .containsEntry("status", "CONCLUDED");

        List<ConsumerRecord<String, byte[]>> concluded = published(id, "ProposalConcluded", 1);
        assertThat(concluded).hasSize(1);
        assertThat(EventSchemas.violations("org.coop.proposal.ProposalConcluded.v1", concluded.get(0).value()))
                .isEmpty();
        assertThat(new String(concluded.get(0).value(), StandardCharsets.UTF_8))
                .contains(needId, matchId, people.college, people.company, "第二稿");
        assertThat(published(id, "ProposalSigned", 2)).hasSize(2)
                .allSatisfy(signed -> assertThat(EventSchemas.violations("org.coop.proposal.ProposalSigned.v1",
                        signed.value())).isEmpty());
        assertThat(published(id, "ProposalDrafted", 1)).hasSize(1);
        assertThat(published(id, "ProposalRevised", 1)).hasSize(1);
        assertThat(published(id, "ProposalSubmitted", 1)).hasSize(1);

        assertThat(api.ok(api.get(people.officer(People.PROVINCE), "/" + id))).containsEntry("status", "CONCLUDED");
        problem(api.get(people.officer("GX"), "/" + id), 404);
    }

    @Test
    void onlyAPartyOfTheMatchDraftsFromItAndAMatchNotYetKnownIsNotFoundWithAClearDetail() {
        String matchId = "match-" + UUID.randomUUID();
        Map<String, Object> unknown = problem(api.post(people.collegeStaff(), "/from-match/" + matchId,
                ProposalApi.texts("")), 404);
        assertThat(unknown.get("detail").toString()).contains(matchId, "arrive from matchmaking", "try again");

        publish(accepted(matchId, "need-" + UUID.randomUUID()));
        awaitReplica(matchId);
        Map<String, Object> other = problem(api.post(people.outsider(), "/from-match/" + matchId,
                ProposalApi.texts("")), 404);
        assertThat(other.get("detail")).isEqualTo(unknown.get("detail"));
        assertThat(storedProposalsOf(people.outsiderOrganization)).isZero();
        api.created(people.collegeStaff(), "/from-match/" + matchId, ProposalApi.texts(""));
    }

    @Test
    void aMatchAcceptedDeliveredTwiceOrReplayedUnderANewIdIsOneReplicaEntry() {
        String needId = "need-" + UUID.randomUUID();
        String matchId = "match-" + UUID.randomUUID();
        MatchAccepted event = accepted(matchId, needId);
        publish(event, UUID.randomUUID().toString(), 2);
        publish(event);
        // same key (needId), same partition: once this one is in, the three before it were handled
        String later = "match-" + UUID.randomUUID();
        publish(accepted(later, needId));
        awaitReplica(later);
        assertThat(replicaEntries(matchId)).isEqualTo(1);
        assertThat(mongo.count(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("match.needId").is(needId)),
                "accepted_matches").block()).isEqualTo(2);
    }
}
