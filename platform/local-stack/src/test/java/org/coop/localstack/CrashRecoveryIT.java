package org.coop.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coop.platform.events.CloudEventHeaders;
import org.coop.platform.events.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The promise "nothing acknowledged is lost", tried as issue 9 tried it: on the running local stack,
 * through the gateway, a burst of needs, forum registrations and trip decisions; in the middle of
 * it the applications' JVM is killed with SIGKILL (then, on the restarted stack, the broker). After
 * the restart every write that was answered 2xx is there, each of its events is on Kafka exactly
 * once after deduplication by CloudEvents id, every need got its match, and no forum holds more
 * confirmed seats than it has. Recovery times go to {@code target/local-stack-measurements.txt}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String NEED_POSTED = "org.coop.matchmaking.NeedPosted.v1";
    private static final String MATCH_SUGGESTED = "org.coop.matchmaking.MatchSuggested.v1";
    private static final String TRIP_STEP_DECIDED = "org.coop.approval.TripStepDecided.v1";
    private static final Set<String> REGISTRATION_OUTCOMES = Set.of("org.coop.forum.RegistrationConfirmed.v1",
            "org.coop.forum.RegistrationWaitlisted.v1");
    /** Everyone who may register to a forum, one organization each (one live registration per organization). */
    private static final List<String> REGISTRANTS = List.of("km.staff", "nn.staff", "yn.edu", "yn.fao", "gx.edu",
            "gx.fao", "vn.bacninh", "la.hotels", "th.rail", "la.poly");
    private static final List<String> APPROVERS = List.of("km.intl", "km.leader", "yn.edu.head", "yn.edu", "yn.fao");
    private static final int FORUM_CAPACITY = 4;

    @TempDir
    static Path dir;
    static StackUnderTest.StackPorts ports;
    static StackUnderTest stack;
    static GatewayClient gateway;
    static String keyword;
    static String subscriptionId;

    @BeforeAll
    static void startTheStack() throws Exception {
        ports = new StackUnderTest.StackPorts();
        stack = StackUnderTest.start(ports, dir.resolve("data"), dir.resolve("stack-1.log"));
        stack.awaitReady();
        gateway = new GatewayClient(stack.gatewayUrl(), LocalStack.DEMO_PASSWORD);
        keyword = "crash" + UUID.randomUUID().toString().substring(0, 8);
        subscriptionId = gateway.post("vn.bacninh", "/api/matchmaking/subscriptions", Map.of(
                "name", "Crash-test welders", "modes", List.of("internship"), "sectors", List.of("welding"),
                "countries", List.of("VN"), "keywords", List.of(keyword), "minimumScore", 0.2,
                "channels", Map.of("sse", true), "contact", Map.of("name", "Mai", "email", "mai@example.org")))
                .get("id").asString();
    }

    @AfterAll
    static void stopTheStack() throws Exception {
        if (stack != null) {
            stack.stopLikeCtrlC();
        }
    }

    @Test
    @Order(1)
    void writesAcknowledgedBeforeTheApplicationsJvmIsKilledAreAllThereAfterTheRestart() throws Exception {
        Burst burst = Burst.prepare(gateway, 6, 8, keyword);
        burst.start();
        burst.awaitAcknowledged(40);

        stack.killLikeACrash();
        long killed = System.nanoTime();
        burst.awaitEnd();
        System.out.println("acknowledged before the kill: " + burst.summary());

        stack = StackUnderTest.start(ports, dir.resolve("data"), dir.resolve("stack-2.log"));
        Duration ready = stack.awaitReady();
        stack.record("restart after kill -9 of the applications' JVM, ready", Duration.ofNanos(System.nanoTime() - killed));
        System.out.println("restarted in " + ready.toMillis() + " ms");
        gateway = new GatewayClient(stack.gatewayUrl(), LocalStack.DEMO_PASSWORD);

        everyAcknowledgedWriteIsThere(burst);
        everyEventArrivedOnceAndEveryNeedWasMatched(burst, killed, "applications' JVM");
    }

    @Test
    @Order(2)
    void writesAcknowledgedWhileTheBrokerIsKilledAreAllThereAndTheirEventsFollowItsReturn() throws Exception {
        Burst burst = Burst.prepare(gateway, 6, 8, keyword);
        burst.start();
        burst.awaitAcknowledged(20);

        ProcessHandle broker = stack.broker();
        broker.destroyForcibly();
        long killed = System.nanoTime();
        broker.onExit().get(30, TimeUnit.SECONDS);
        // the services keep answering while the broker is away (events wait in the outbox)
        burst.awaitAcknowledged(burst.acknowledged() + 20);
        burst.stop();
        System.out.println("acknowledged with the broker killed in the middle: " + burst.summary());
        await().atMost(PATIENCE).until(() -> stack.output().contains("The Kafka broker is back"));

        everyAcknowledgedWriteIsThere(burst);
        everyEventArrivedOnceAndEveryNeedWasMatched(burst, killed, "broker");
    }

    private static void everyAcknowledgedWriteIsThere(Burst burst) {
        for (String needId : burst.needs) {
            assertThat(gateway.call("km.staff", "GET", "/api/matchmaking/needs/" + needId, null).status())
                    .as("acknowledged need " + needId).isEqualTo(200);
        }
        for (Map.Entry<String, String> registration : burst.registrations.entrySet()) {
            String[] forumAndUser = registration.getValue().split(" ");
            GatewayClient.Reply reply = gateway.call(forumAndUser[1], "GET",
                    "/api/forums/" + forumAndUser[0] + "/registrations/" + registration.getKey(), null);
            assertThat(reply.status()).as("acknowledged registration " + registration.getKey()).isEqualTo(200);
        }
        for (String forumId : burst.forums) {
            JsonNode registrations = gateway.get("forum.org", "/api/forums/" + forumId + "/registrations?size=50");
            int confirmedSeats = 0;
            for (JsonNode registration : registrations.get("items")) {
                if (registration.get("status").asString().equals("CONFIRMED")) {
                    confirmedSeats += registration.get("seats").asInt();
                }
            }
            assertThat(confirmedSeats).as("confirmed seats of forum " + forumId).isLessThanOrEqualTo(FORUM_CAPACITY);
        }
        for (Map.Entry<String, List<String>> decided : burst.decisions.entrySet()) {
            JsonNode trip = gateway.get("km.staff", "/api/approvals/trips/" + decided.getKey());
            List<String> approvedBy = new ArrayList<>();
            trip.get("steps").forEach(step -> step.get("approvals")
                    .forEach(approval -> approvedBy.add(usernameOf(approval.get("userId").asString()))));
            assertThat(approvedBy).as("approvals of trip " + decided.getKey()).containsAll(decided.getValue());
        }
    }

    private static void everyEventArrivedOnceAndEveryNeedWasMatched(Burst burst, long killed, String what)
            throws Exception {
        Map<String, Set<String>> needPosted = distinctEventIds(Topics.MATCHMAKING_NEEDS, Set.of(NEED_POSTED),
                record -> record.key(), burst.needs);
        Map<String, Set<String>> matched = distinctEventIds(Topics.MATCHMAKING_MATCHES, Set.of(MATCH_SUGGESTED),
                record -> payload(record).contains(subscriptionId) ? record.key() : null, burst.needs);
        Map<String, Set<String>> outcomes = distinctEventIds(Topics.FORUM_REGISTRATIONS, REGISTRATION_OUTCOMES,
                record -> burst.registrations.keySet().stream().filter(payload(record)::contains).findFirst()
                        .orElse(null), burst.registrations.keySet());
        Set<String> decisionKeys = new HashSet<>();
        burst.decisions.forEach((tripId, approvers) -> approvers.forEach(a -> decisionKeys.add(tripId + " " + a)));
        Map<String, Set<String>> decided = distinctEventIds(Topics.APPROVAL_TRIPS, Set.of(TRIP_STEP_DECIDED),
                record -> decisionKey(record), decisionKeys);
        stack.record("after the " + what + " was killed, every event of an acknowledged write on Kafka",
                Duration.ofNanos(System.nanoTime() - killed));

        needPosted.forEach((need, ids) -> assertThat(ids).as("NeedPosted of " + need).hasSize(1));
        matched.forEach((need, ids) -> assertThat(ids).as("MatchSuggested of " + need + " to the subscription")
                .hasSize(1));
        outcomes.forEach((registration, ids) -> assertThat(ids).as("outcome of registration " + registration)
                .hasSize(1));
        decided.forEach((decision, ids) -> assertThat(ids).as("TripStepDecided " + decision).hasSize(1));
    }

    /** {@code tripId approverUsername} of a TripStepDecided, read from its payload. */
    private static String decisionKey(ConsumerRecord<String, byte[]> record) {
        JsonNode event = new GatewayClient.Reply(200, payload(record)).json();
        return event.get("tripId").asString() + " " + usernameOf(event.get("approverUserId").asString());
    }

    private static final Map<String, String> USERNAMES = new HashMap<>();

    /** The token's subject is the account id; the burst knows approvers by username. */
    private static String usernameOf(String accountId) {
        synchronized (USERNAMES) {
            if (USERNAMES.isEmpty()) {
                for (String approver : APPROVERS) {
                    USERNAMES.put(gateway.get(approver, "/api/auth/me").get("id").asString(), approver);
                }
            }
            return USERNAMES.getOrDefault(accountId, accountId);
        }
    }

    /**
     * Reads {@code topic} from the beginning until every wanted subject has an event of one of
     * {@code types}; returns the distinct CloudEvents ids per subject (duplicated deliveries of one
     * event share its id, so a set larger than one is an effect produced twice).
     */
    private static Map<String, Set<String>> distinctEventIds(String topic, Set<String> types,
                                                             java.util.function.Function<ConsumerRecord<String, byte[]>, String> subject,
                                                             Set<String> wanted) {
        Map<String, Set<String>> ids = new HashMap<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            ids.clear();
            for (ConsumerRecord<String, byte[]> record : org.coop.platform.test.KafkaTopicReader.readUntil(
                    stack.kafkaBootstrapServers(), topic,
                    r -> types.contains(org.coop.platform.test.KafkaTopicReader.header(r, CloudEventHeaders.TYPE)),
                    Integer.MAX_VALUE, Duration.ofSeconds(5))) {
                String of = subject.apply(record);
                if (of != null && wanted.contains(of)) {
                    ids.computeIfAbsent(of, k -> new HashSet<>())
                            .add(org.coop.platform.test.KafkaTopicReader.header(record, CloudEventHeaders.ID));
                }
            }
            if (ids.keySet().containsAll(wanted)) {
                return ids;
            }
        }
        Set<String> missing = new HashSet<>(wanted);
        missing.removeAll(ids.keySet());
        throw new AssertionError(types + " on " + topic + " never arrived for " + missing.size() + " of "
                + wanted.size() + " acknowledged writes: " + missing);
    }

    private static String payload(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    /**
     * Three writers at once, each through the gateway with a connection per request: a college
     * posting needs, organizations registering to small forums, officers deciding trips in their
     * route's order. Each keeps what was answered 2xx; a writer ends at its first failure (the
     * stack is gone) or when stopped.
     */
    static final class Burst {
        final Set<String> needs = java.util.concurrent.ConcurrentHashMap.newKeySet();
        /** registration id → "forumId username" */
        final Map<String, String> registrations = new java.util.concurrent.ConcurrentHashMap<>();
        /** trip id → usernames whose approval was acknowledged */
        final Map<String, List<String>> decisions = new java.util.concurrent.ConcurrentHashMap<>();
        final List<String> forums = new ArrayList<>();
        final List<String> trips = new ArrayList<>();
        private final GatewayClient client;
        private final String keyword;
        private final List<Thread> writers = new ArrayList<>();
        private volatile boolean stopped;

        private Burst(GatewayClient client, String keyword) {
            this.client = client;
            this.keyword = keyword;
        }

        static Burst prepare(GatewayClient client, int forums, int trips, String keyword) {
            Burst burst = new Burst(client, keyword);
            LocalDate opens = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(50);
            for (int f = 0; f < forums; f++) {
                String forumId = client.post("forum.org", "/api/forums", Map.of(
                        "title", Map.of("zh", "崩溃测试论坛 " + f, "en", "Crash test forum " + f),
                        "city", "Kunming", "country", "CN", "languages", List.of("zh", "en"),
                        "startsOn", opens.toString(), "endsOn", opens.toString(),
                        "registrationOpensAt", Instant.now().minusSeconds(60).toString(),
                        "registrationClosesAt", opens.minusDays(7).atStartOfDay(ZoneId.of("UTC")).toInstant().toString(),
                        "capacity", FORUM_CAPACITY)).get("id").asString();
                client.post("forum.org", "/api/forums/" + forumId + "/publish", null);
                burst.forums.add(forumId);
            }
            LocalDate departure = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(60);
            for (int t = 0; t < trips; t++) {
                burst.trips.add(client.post("km.staff", "/api/approvals/trips", Map.of(
                        "travellers", List.of(Map.of("userId", "km.teacher", "name", "Zhou Yan", "rank", "STAFF")),
                        "destinations", List.of("LA"), "departureDate", departure.toString(),
                        "returnDate", departure.plusDays(2).toString(),
                        "purpose", "Crash test visit " + t + " to the Vientiane Technical Polytechnic",
                        "budget", Map.of("amount", 5000, "currency", "CNY", "fundingSource", "college budget"),
                        "inPlan", false, "justification", "Out of plan: an opportunity that came up during the year"))
                        .get("id").asString());
            }
            return burst;
        }

        void start() {
            writers.add(writer(this::postNeeds));
            writers.add(writer(this::register));
            writers.add(writer(this::decide));
        }

        private Thread writer(Runnable work) {
            Thread thread = new Thread(() -> {
                try {
                    work.run();
                } catch (RuntimeException stackGone) {
                    // the stack was killed: this writer's last request got no answer
                }
            });
            thread.setDaemon(true);
            thread.start();
            return thread;
        }

        private void postNeeds() {
            for (int n = 0; !stopped; n++) {
                String id = client.post("km.staff", "/api/matchmaking/needs", Map.of(
                        "title", Map.of("en", "Welding internship " + keyword + " " + n), "modes", List.of("internship"),
                        "sectors", List.of("welding"), "countries", List.of("VN"), "languages", List.of("zh"),
                        "keywords", List.of(keyword), "partnerKinds", List.of("ENTERPRISE"), "students", 5,
                        "contact", Map.of("name", "Li Wei", "email", "liwei@example.org"))).get("id").asString();
                needs.add(id);
            }
        }

        private void register() {
            for (String user : REGISTRANTS) {
                for (String forumId : forums) {
                    if (stopped) {
                        return;
                    }
                    String id = client.post(user, "/api/forums/" + forumId + "/registrations", Map.of(
                            "kind", "SINGLE", "lead", Map.of("userId", user, "name", user))).get("id").asString();
                    registrations.put(id, forumId + " " + user);
                }
            }
        }

        private void decide() {
            for (String approver : APPROVERS) {
                for (String tripId : trips) {
                    if (stopped) {
                        return;
                    }
                    client.post(approver, "/api/approvals/trips/" + tripId + "/decisions", Map.of("action", "APPROVE"));
                    decisions.computeIfAbsent(tripId, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(approver);
                }
            }
        }

        int acknowledged() {
            return needs.size() + registrations.size() + decisions.values().stream().mapToInt(List::size).sum();
        }

        void awaitAcknowledged(int count) {
            await().atMost(PATIENCE).until(() -> acknowledged() >= count);
        }

        void awaitEnd() throws InterruptedException {
            for (Thread writer : writers) {
                writer.join(60_000);
            }
        }

        void stop() throws InterruptedException {
            stopped = true;
            awaitEnd();
        }

        String summary() {
            return needs.size() + " needs, " + registrations.size() + " registrations, "
                    + decisions.values().stream().mapToInt(List::size).sum() + " trip decisions";
        }
    }
}
