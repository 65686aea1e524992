package org.coop.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.coop.localstack.OtlpReceiver.ReceivedSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13's trace: on the running local stack, one need posted through the gateway is one trace
 * from the gateway's request through matchmaking's write, the outbox relay's send, Kafka, the
 * matching consumer, the match's write and send, to the push onto a subscriber's live stream; and
 * the log lines each step writes carry that trace's id. The shared stack exports its spans with OTLP
 * to a receiver in the test JVM (no collector runs here).
 */
@ExtendWith(SharedStack.Resolver.class)
class TracingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String NEEDS_PATH = "/api/matchmaking/needs";

    static OtlpReceiver collector;
    static StackUnderTest stack;
    static GatewayClient gateway;

    @BeforeAll
    static void useTheSharedStack(SharedStack shared) {
        collector = shared.collector;
        stack = shared.stack;
        gateway = new GatewayClient(stack.gatewayUrl(), LocalStack.DEMO_PASSWORD);
    }

    @Test
    void aNeedPostedAtTheGatewayIsOneTraceFromTheRequestToTheSubscribersStream() throws Exception {
        String keyword = "hydraulics" + UUID.randomUUID().toString().substring(0, 8);
        String subscriptionId = gateway.post("vn.bacninh", "/api/matchmaking/subscriptions", Map.of(
                "name", "Hydraulics apprentices",
                "modes", List.of("internship"), "sectors", List.of("manufacturing"), "countries", List.of("VN"),
                "languages", List.of("vi", "zh"), "keywords", List.of(keyword), "minimumScore", 0.2,
                "channels", Map.of("sse", true),
                "contact", Map.of("name", "Nguyen Thi Mai", "email", "mai@bacninh-precision.example")))
                .get("id").asString();

        try (ServerSentEvents stream = new ServerSentEvents(stack.gatewayUrl() + "/api/matchmaking/stream",
                gateway.token("vn.bacninh"))) {
            await().atMost(PATIENCE).until(() -> !stream.named("connected").isEmpty());
            long postedAtNanos = System.currentTimeMillis() * 1_000_000L;
            String needId = gateway.post("km.staff", NEEDS_PATH, Map.of(
                    "title", Map.of("en", "Mechatronics internships, " + keyword + " maintenance"),
                    "modes", List.of("internship"), "sectors", List.of("mechatronics"), "countries", List.of("VN"),
                    "languages", List.of("zh"), "partnerKinds", List.of("ENTERPRISE"), "students", 12,
                    "funding", "SHARED", "contact", Map.of("name", "Li Wei", "email", "liwei@kmvtc.example")))
                    .get("id").asString();
            await().atMost(PATIENCE).until(() -> stream.named("match-suggested").stream()
                    .anyMatch(event -> event.data().contains(needId) && event.data().contains(subscriptionId)));

            ReceivedSpan request = await().atMost(PATIENCE).until(() -> gatewaySpanOfThePost(postedAtNanos),
                    Objects::nonNull);
            String traceId = request.traceId();
            List<String> steps = List.of("write needs", "outbox send matchmaking.needs.v1",
                    "matchmaking.need-matching receive", "write matches", "outbox send matchmaking.matches.v1",
                    "matchmaking.match-feed receive");
            await().atMost(PATIENCE).until(() -> collector.trace(traceId).stream().map(ReceivedSpan::name)
                    .collect(Collectors.toSet()).containsAll(steps));
            List<ReceivedSpan> trace = collector.trace(traceId);
            String shown = describe(trace);

            assertThat(request.parentSpanId()).as("the trace starts at the gateway\n" + shown).isEmpty();
            ReceivedSpan service = only(trace, span -> span.service().equals("matchmaking")
                    && span.kind().equals("SPAN_KIND_SERVER") && mentions(span, NEEDS_PATH), shown);
            ReceivedSpan needWrite = only(trace, named("write needs"), shown);
            ReceivedSpan needSend = only(trace, named("outbox send matchmaking.needs.v1"), shown);
            ReceivedSpan matching = only(trace, named("matchmaking.need-matching receive"), shown);
            assertThat(service.service()).isEqualTo("matchmaking");
            assertThat(descendsFrom(service, request, trace)).as("gateway → matchmaking\n" + shown).isTrue();
            assertThat(descendsFrom(needWrite, service, trace)).as("the write in the request\n" + shown).isTrue();
            assertThat(needSend.parentSpanId()).as("the relay continues the write's trace\n" + shown)
                    .isEqualTo(needWrite.spanId());
            assertThat(needSend.kind()).isEqualTo("SPAN_KIND_PRODUCER");
            assertThat(matching.parentSpanId()).as("the consumer continues the send\n" + shown)
                    .isEqualTo(needSend.spanId());
            assertThat(matching.kind()).isEqualTo("SPAN_KIND_CONSUMER");

            List<ReceivedSpan> pushes = trace.stream().filter(named("matchmaking.match-feed receive")).toList();
            assertThat(pushes).as(shown).allSatisfy(push -> {
                ReceivedSpan matchSend = parentOf(push, trace).orElseThrow();
                assertThat(matchSend.name()).isEqualTo("outbox send matchmaking.matches.v1");
                ReceivedSpan matchWrite = parentOf(matchSend, trace).orElseThrow();
                assertThat(matchWrite.name()).isEqualTo("write matches");
                assertThat(descendsFrom(matchWrite, matching, trace)).as("the match written by the consumer").isTrue();
            });
            assertThat(trace).as("one connected trace\n" + shown)
                    .allMatch(span -> span == request || parentOf(span, trace).isPresent());

            List<String> traceLines = stack.output().lines().filter(line -> line.contains("[" + traceId + "]")).toList();
            assertThat(traceLines).as("log lines of trace " + traceId + ":\n" + String.join("\n", traceLines))
                    .anyMatch(line -> line.contains("gateway POST " + NEEDS_PATH))
                    .anyMatch(line -> line.contains("matchmaking POST " + NEEDS_PATH))
                    .anyMatch(line -> line.contains("Sending org.coop.matchmaking.NeedPosted.v1"))
                    .anyMatch(line -> line.contains("matchmaking.need-matching handles org.coop.matchmaking.NeedPosted.v1"))
                    .anyMatch(line -> line.contains("Sending org.coop.matchmaking.MatchSuggested.v1"))
                    .anyMatch(line -> line.contains(
                            "matchmaking.match-feed handles org.coop.matchmaking.MatchSuggested.v1"));
        }
    }

    private static ReceivedSpan gatewaySpanOfThePost(long postedAtNanos) {
        return collector.spans().stream()
                .filter(span -> span.service().equals("gateway") && span.kind().equals("SPAN_KIND_SERVER")
                        && span.startNanos() >= postedAtNanos && mentions(span, NEEDS_PATH)
                        && span.name().toLowerCase(java.util.Locale.ROOT).contains("post"))
                .findFirst().orElse(null);
    }

    private static boolean mentions(ReceivedSpan span, String path) {
        return span.attributes().values().stream().anyMatch(value -> value.contains(path));
    }

    private static Predicate<ReceivedSpan> named(String name) {
        return span -> span.name().equals(name);
    }

    private static ReceivedSpan only(List<ReceivedSpan> trace, Predicate<ReceivedSpan> which, String shown) {
        List<ReceivedSpan> found = trace.stream().filter(which).toList();
        assertThat(found).as(shown).hasSize(1);
        return found.get(0);
    }

    private static Optional<ReceivedSpan> parentOf(ReceivedSpan span, List<ReceivedSpan> trace) {
        return trace.stream().filter(other -> other.spanId().equals(span.parentSpanId())).findFirst();
    }

    private static boolean descendsFrom(ReceivedSpan span, ReceivedSpan ancestor, List<ReceivedSpan> trace) {
        Optional<ReceivedSpan> parent = parentOf(span, trace);
        while (parent.isPresent()) {
            if (parent.get().spanId().equals(ancestor.spanId())) {
                return true;
            }
            parent = parentOf(parent.get(), trace);
        }
        return false;
    }

    private static String describe(List<ReceivedSpan> trace) {
        return trace.stream().map(span -> span.service() + " " + span.kind() + " '" + span.name() + "' "
                + span.spanId() + " <- " + span.parentSpanId()).collect(Collectors.joining("\n"));
    }
}
