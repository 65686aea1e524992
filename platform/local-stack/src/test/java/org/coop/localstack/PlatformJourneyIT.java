package org.coop.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coop.platform.events.CloudEventHeaders;
import org.coop.platform.events.EventSchemas;
import org.coop.platform.events.Topics;
import org.coop.platform.test.KafkaTopicReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The issues' "done when", as users do it: on the running local stack, through the gateway,
 * signed in as the seeded demo users, with the results checked on the real Kafka broker.
 */
@ExtendWith(SharedStack.Resolver.class)
class PlatformJourneyIT {

    private static final String MATCH_ACCEPTED = "org.coop.matchmaking.MatchAccepted.v1";
    private static final String TRIP_APPROVED = "org.coop.approval.TripApproved.v1";
    private static final String PROPOSAL_CONCLUDED = "org.coop.proposal.ProposalConcluded.v1";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    static StackUnderTest stack;
    static GatewayClient gateway;

    @BeforeAll
    static void useTheSharedStack(SharedStack shared) {
        stack = shared.stack;
        gateway = new GatewayClient(stack.gatewayUrl(), LocalStack.DEMO_PASSWORD);
    }

    @Test
    void aCollegeNeedReachesAMatchingEnterpriseLiveAndBecomesASignedAgreementThatFulfilsIt() {
        String keyword = "servo" + UUID.randomUUID().toString().substring(0, 8);
        String subscriptionId = gateway.post("vn.bacninh", "/api/matchmaking/subscriptions", Map.of(
                "name", "Servo maintenance apprentices",
                "modes", List.of("internship"), "sectors", List.of("manufacturing"), "countries", List.of("VN"),
                "languages", List.of("vi", "zh"), "keywords", List.of(keyword), "minimumScore", 0.2, "channels", Map.of("sse", true),
                "contact", Map.of("name", "Nguyen Thi Mai", "email", "mai@bacninh-precision.example")))
                .get("id").asString();

        try (ServerSentEvents stream = new ServerSentEvents(stack.gatewayUrl() + "/api/matchmaking/stream",
                gateway.token("vn.bacninh"))) {
            await().atMost(PATIENCE).until(() -> !stream.named("connected").isEmpty());
            assertThat(stream.status()).isEqualTo(200);

            long posted = System.nanoTime();
            String needId = gateway.post("km.staff", "/api/matchmaking/needs", Map.of(
                    "title", Map.of("en", "Mechatronics internships, " + keyword + " maintenance",
                            "zh", "机电一体化实习"),
                    "modes", List.of("internship"), "sectors", List.of("mechatronics"), "countries", List.of("VN"),
                    "languages", List.of("zh"), "partnerKinds", List.of("ENTERPRISE"), "students", 12,
                    "funding", "SHARED", "contact", Map.of("name", "Li Wei", "email", "liwei@kmvtc.example")))
                    .get("id").asString();

            // the new subscription may also have matched the demo needs: look for this need's match
            await().atMost(PATIENCE).until(() -> suggestion(stream, needId, subscriptionId) != null);
            ServerSentEvents.Event suggestion = suggestion(stream, needId, subscriptionId);
            System.out.printf("need posted → match on the subscriber's stream through the gateway: %d ms%n",
                    (suggestion.receivedNanos() - posted) / 1_000_000);
            JsonNode suggested = new GatewayClient.Reply(200, suggestion.data()).json();
            List<String> reasons = suggested.get("reasons").valueStream().map(r -> r.get("text").asString()).toList();
            assertThat(reasons).contains("sector: mechatronics within manufacturing", "country: VN on both sides",
                    "language: vi missing on the college side — interpreter needed");
            assertThat(reasons).anyMatch(reason -> reason.startsWith("keywords: " + keyword + " found"));
            String matchId = suggested.get("matchId").asString();

            // the other side's contact stays hidden before both accept; other organizations see nothing
            JsonNode partnerView = gateway.get("vn.bacninh", "/api/matchmaking/matches/" + matchId);
            assertThat(partnerView.path("collegeContact").isMissingNode() || partnerView.get("collegeContact").isNull())
                    .isTrue();
            assertThat(gateway.call("la.hotels", "GET", "/api/matchmaking/matches/" + matchId, null).status())
                    .isEqualTo(404);
            assertThat(gateway.call("nn.staff", "POST", "/api/matchmaking/matches/" + matchId + "/accept", null)
                    .status()).isEqualTo(404);

            gateway.post("km.staff", "/api/matchmaking/matches/" + matchId + "/accept", null);
            JsonNode accepted = gateway.post("vn.bacninh", "/api/matchmaking/matches/" + matchId + "/accept", null);
            assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(accepted.get("collegeContact").toString()).contains("Li Wei");
            await().atMost(PATIENCE).until(() -> stream.first("match-accepted", matchId).isPresent());

            List<ConsumerRecord<String, byte[]>> records = KafkaTopicReader.readUntil(stack.kafkaBootstrapServers(),
                    Topics.MATCHMAKING_MATCHES, record -> MATCH_ACCEPTED.equals(
                            KafkaTopicReader.header(record, CloudEventHeaders.TYPE))
                            && new String(record.value(), java.nio.charset.StandardCharsets.UTF_8).contains(matchId),
                    1, PATIENCE);
            assertThat(records).hasSize(1);
            assertThat(EventSchemas.violations(MATCH_ACCEPTED, records.get(0).value())).isEmpty();

            theAcceptedMatchBecomesASignedAgreementAndFulfilsTheNeed(matchId, needId);
        }
    }

    /**
     * The match, accepted, reaches the proposal service as an event; the college drafts the MOU
     * from it, both sign in turn, ProposalConcluded goes out, and matchmaking marks the need fulfilled.
     */
    private void theAcceptedMatchBecomesASignedAgreementAndFulfilsTheNeed(String matchId, String needId) {
        Map<String, Object> text = Map.of(
                "title", Map.of("zh", "机电一体化顶岗实习合作备忘录", "vi", "Biên bản ghi nhớ thực tập cơ điện tử"),
                "scope", Map.of("zh", "每年十二名学生赴北宁顶岗实习", "vi", "Mười hai sinh viên mỗi năm thực tập tại Bắc Ninh"),
                "terms", Map.of("zh", "实习期六个月，企业提供食宿", "en", "Six months; the company provides board and lodging"));
        java.util.concurrent.atomic.AtomicReference<JsonNode> drafted = new java.util.concurrent.atomic.AtomicReference<>();
        // the proposal service learns of the acceptance from Kafka: until then the match is unknown there (404)
        await().atMost(PATIENCE).until(() -> {
            GatewayClient.Reply reply = gateway.call("km.staff", "POST", "/api/proposals/from-match/" + matchId, text);
            assertThat(reply.status()).as(reply.body()).isIn(201, 404);
            if (reply.status() == 201) {
                drafted.set(reply.json());
            }
            return drafted.get() != null;
        });
        String proposalId = drafted.get().get("id").asString();
        assertThat(gateway.call("la.hotels", "GET", "/api/proposals/" + proposalId, null).status()).isEqualTo(404);

        gateway.post("km.staff", "/api/proposals/" + proposalId + "/submit", null);
        assertThat(gateway.call("vn.bacninh", "POST", "/api/proposals/" + proposalId + "/sign", null).status())
                .as("the enterprise signs after the college").isEqualTo(409);
        gateway.post("km.staff", "/api/proposals/" + proposalId + "/sign", null);
        JsonNode concluded = gateway.post("vn.bacninh", "/api/proposals/" + proposalId + "/sign", null);
        assertThat(concluded.get("status").asString()).isEqualTo("CONCLUDED");

        List<ConsumerRecord<String, byte[]>> conclusions = KafkaTopicReader.readUntil(stack.kafkaBootstrapServers(),
                Topics.PROPOSAL_PROPOSALS, record -> proposalId.equals(record.key())
                        && PROPOSAL_CONCLUDED.equals(KafkaTopicReader.header(record, CloudEventHeaders.TYPE)), 1,
                PATIENCE);
        assertThat(conclusions).hasSize(1);
        assertThat(EventSchemas.violations(PROPOSAL_CONCLUDED, conclusions.get(0).value())).isEmpty();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                gateway.get("km.staff", "/api/matchmaking/needs/" + needId).get("status").asString())
                .isEqualTo("FULFILLED"));
    }

    @Test
    void aTripFiledByCollegeStaffIsApprovedStepByStepByItsRoutesOfficersAndItsTrailVerifies() {
        LocalDate departure = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(60);
        JsonNode trip = gateway.post("km.staff", "/api/approvals/trips", Map.of(
                "travellers", List.of(Map.of("userId", "km.teacher", "name", "Zhou Yan", "rank", "STAFF")),
                "destinations", List.of("LA"),
                "departureDate", departure.toString(), "returnDate", departure.plusDays(3).toString(),
                "purpose", "Teach a two-day PLC workshop at the Vientiane Technical Polytechnic",
                "budget", Map.of("amount", 9000, "currency", "CNY", "fundingSource", "college international budget"),
                "inPlan", true, "planReference", "KMVTC-2027-11"));
        String tripId = trip.get("id").asString();
        assertThat(trip.get("track").asString()).isEqualTo("STANDARD");

        // another college's office cannot see or decide it, nor can its own traveller
        assertThat(gateway.call("nn.intl", "POST", "/api/approvals/trips/" + tripId + "/decisions",
                Map.of("action", "APPROVE")).status()).isEqualTo(404);
        assertThat(gateway.call("nn.intl", "GET", "/api/approvals/trips/" + tripId, null).status()).isEqualTo(404);

        for (String approver : List.of("km.intl", "km.leader", "yn.edu", "yn.fao")) {
            JsonNode tasks = gateway.get(approver, "/api/approvals/tasks");
            assertThat(tasks.toString()).as(approver + "'s tasks").contains(tripId);
            gateway.post(approver, "/api/approvals/trips/" + tripId + "/decisions", Map.of("action", "APPROVE"));
        }
        assertThat(gateway.get("km.staff", "/api/approvals/trips/" + tripId).get("status").asString())
                .isEqualTo("APPROVED");

        List<ConsumerRecord<String, byte[]>> approved = KafkaTopicReader.readUntil(stack.kafkaBootstrapServers(),
                Topics.APPROVAL_TRIPS, record -> tripId.equals(record.key())
                        && TRIP_APPROVED.equals(KafkaTopicReader.header(record, CloudEventHeaders.TYPE)), 1, PATIENCE);
        assertThat(approved).hasSize(1);
        assertThat(EventSchemas.violations(TRIP_APPROVED, approved.get(0).value())).isEmpty();

        JsonNode verification = gateway.get("yn.edu", "/api/approvals/trips/" + tripId + "/trail/verification");
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("entries").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(gateway.call(null, "GET", "/api/approvals/public/trips/" + tripId, null).status()).isEqualTo(200);
    }

    @Test
    void approvalsKnowWhoIsWhoFromTheDirectory() {
        LocalDate departure = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(60);
        Map<String, Object> delegation = Map.of("delegateName", "Deputy", "from", LocalDate.now().toString(),
                "to", LocalDate.now().plusDays(3).toString());

        // another college's account is refused exactly as nobody is; a colleague without the position too
        GatewayClient.Reply foreign = gateway.call("km.intl", "POST", "/api/approvals/delegations",
                with(delegation, "delegateUserId", "nn.staff"));
        GatewayClient.Reply nobody = gateway.call("km.intl", "POST", "/api/approvals/delegations",
                with(delegation, "delegateUserId", "nobody-" + UUID.randomUUID()));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(withoutRequestId(foreign)).isEqualTo(withoutRequestId(nobody));
        assertThat(gateway.call("km.intl", "POST", "/api/approvals/delegations",
                with(delegation, "delegateUserId", "km.teacher")).status()).isEqualTo(422);
        assertThat(gateway.get("nn.staff", "/api/approvals/delegations").get("items").size()).isZero();

        // a traveller given by username is stored by account id and cannot decide on the trip
        JsonNode trip = gateway.post("km.staff", "/api/approvals/trips", Map.of(
                "travellers", List.of(Map.of("userId", "km.intl", "name", "Zhang Min", "rank", "STAFF")),
                "destinations", List.of("VN"),
                "departureDate", departure.toString(), "returnDate", departure.plusDays(2).toString(),
                "purpose", "Visit the Bac Ninh plant's training centre with the international office",
                "budget", Map.of("amount", 7000, "currency", "CNY", "fundingSource", "college international budget"),
                "inPlan", true, "planReference", "KMVTC-2027-12"));
        String tripId = trip.get("id").asString();
        String intlAccount = gateway.get("km.intl", "/api/auth/me").get("id").asString();
        assertThat(trip.get("travellers").get(0).get("userId").asString()).isEqualTo(intlAccount);
        GatewayClient.Reply ownDecision = gateway.call("km.intl", "POST", "/api/approvals/trips/" + tripId
                + "/decisions", Map.of("action", "APPROVE"));
        assertThat(ownDecision.status()).isEqualTo(403);
        assertThat(ownDecision.body()).contains("segregation of duties");

        // a traveller who is no account of the college breaks a rule, and nothing is stored
        GatewayClient.Reply outsider = gateway.call("km.staff", "POST", "/api/approvals/trips/check", Map.of(
                "travellers", List.of(Map.of("userId", "nn.staff", "name", "Huang Lan", "rank", "STAFF")),
                "destinations", List.of("VN"),
                "departureDate", departure.toString(), "returnDate", departure.plusDays(2).toString(),
                "purpose", "A visit", "budget", Map.of("amount", 1, "currency", "CNY", "fundingSource", "x"),
                "inPlan", true));
        assertThat(outsider.status()).isEqualTo(200);
        assertThat(outsider.json().get("violations").toString()).contains("traveller-account");
    }

    private static Map<String, Object> with(Map<String, Object> body, String name, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        copy.put(name, value);
        return copy;
    }

    private static String withoutRequestId(GatewayClient.Reply reply) {
        return reply.body().replaceAll("\"requestId\":\"[^\"]*\"", "");
    }

    private static ServerSentEvents.Event suggestion(ServerSentEvents stream, String needId, String subscriptionId) {
        return stream.named("match-suggested").stream()
                .filter(event -> event.data().contains(needId) && event.data().contains(subscriptionId))
                .findFirst().orElse(null);
    }
}
