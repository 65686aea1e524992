package org.coop.matchmaking.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * End-to-end latency: a college posts needs at a steady rate while many subscribers hold live
 * streams open; for each need, the time from sending the POST to the matched subscriber's stream
 * delivering the suggestion. Each subscriber gets its own sector and country, so each need
 * matches exactly one of them. Works against the service directly or through the gateway.
 *
 * <pre>
 * java -cp ... org.coop.matchmaking.bench.EndToEndLoad --base http://127.0.0.1:8080 \
 *     --college-token-file college.jwt --subscriber-tokens-file subscribers.jwt \
 *     [--rate 20] [--seconds 60] [--warmup-seconds 10] [--setup true]
 * </pre>
 * Needs posted during the warm-up (same rate, before the measured seconds) are delivered and
 * waited for but not counted: they carry the JIT's first compilations of the whole path.
 * {@code subscribers.jwt} holds one ENTERPRISE token per line, each of its own organization;
 * with {@code --setup true} the harness first creates each subscriber's subscription.
 */
public final class EndToEndLoad {

    /** Leaf sectors of the shipped vocabulary (no children, so a need matches only the same sector). */
    static final List<String> SECTORS = List.of("industrial-robotics", "new-energy-vehicles", "electronics", "welding",
            "railway-operations", "rolling-stock-maintenance", "smart-agriculture", "tropical-crops",
            "food-processing", "hotel-management", "culinary-arts", "tour-guiding", "nursing", "elderly-care",
            "traditional-medicine", "software", "e-commerce", "ai-and-data", "civil-engineering",
            "building-services", "renewable-energy", "hydropower", "cross-border-logistics", "port-operations",
            "international-trade", "chinese-language-teaching");
    static final List<String> COUNTRIES = List.of("VN", "LA", "TH", "MM", "KH", "MY", "SG", "ID", "PH", "BN", "TL",
            "MN", "KZ", "KG", "TJ", "PK", "IN", "NP", "BT", "BD", "LK", "KR", "JP", "AE", "SA", "EG", "KE", "NG",
            "BR", "MX", "AU", "NZ", "FR", "DE", "GB", "IT", "ES", "RU", "TR", "IR", "UZ", "TM");
    private static final Pattern NEED_ID = Pattern.compile("\"needId\":\"([^\"]+)\"");
    private static final Pattern SUGGESTED_AT = Pattern.compile("\"suggestedAt\":\"([^\"]+)\"");

    private final String base;
    private final String collegeToken;
    private final List<String> subscriberTokens;
    private final HttpClient http;
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, Long> receivedAt = new ConcurrentHashMap<>();
    /** Wall-clock times (epoch micros) to split each latency at the match's creation. */
    private final Map<String, Long> postedWallMicros = new ConcurrentHashMap<>();
    private final Map<String, Long> suggestedWallMicros = new ConcurrentHashMap<>();
    private final Map<String, Long> receivedWallMicros = new ConcurrentHashMap<>();

    EndToEndLoad(String base, String collegeToken, List<String> subscriberTokens) {
        this.base = base;
        this.collegeToken = collegeToken;
        this.subscriberTokens = subscriberTokens;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(8)).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        EndToEndLoad load = new EndToEndLoad(options.getOrDefault("base", "http://127.0.0.1:8081"),
                Files.readString(Path.of(options.get("college-token-file"))).trim(),
                Files.readAllLines(Path.of(options.get("subscriber-tokens-file"))).stream()
                        .map(String::trim).filter(line -> !line.isEmpty()).toList());
        load.run(Boolean.parseBoolean(options.getOrDefault("setup", "true")),
                Double.parseDouble(options.getOrDefault("rate", "20")),
                Integer.parseInt(options.getOrDefault("seconds", "60")),
                Integer.parseInt(options.getOrDefault("warmup-seconds", "10")));
    }

    static String sectorOf(int subscriber) {
        return SECTORS.get(subscriber % SECTORS.size());
    }

    static String countryOf(int subscriber) {
        return COUNTRIES.get(subscriber / SECTORS.size() % COUNTRIES.size());
    }

    void run(boolean setup, double rate, int seconds, int warmupSeconds) throws Exception {
        int subscribers = subscriberTokens.size();
        System.out.printf(Locale.ROOT, "end to end: %s, %d subscribers, %.0f needs/s for %d s after %d s of warm-up%n",
                base, subscribers, rate, seconds, warmupSeconds);
        if (setup) {
            for (int i = 0; i < subscribers; i++) {
                String body = "{\"name\":\"load " + i + "\",\"modes\":[\"internship\"],\"sectors\":[\"" + sectorOf(i)
                        + "\"],\"countries\":[\"" + countryOf(i) + "\"],\"minimumScore\":0.1,\"dailyCap\":1000,"
                        + "\"contact\":{\"name\":\"Load " + i + "\",\"email\":\"load" + i + "@example.org\"}}";
                HttpResponse<String> response = http.send(post("/api/matchmaking/subscriptions", subscriberTokens.get(i),
                        body), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("subscription " + i + ": " + response.statusCode() + " "
                            + response.body());
                }
            }
            System.out.println("subscriptions created; waiting 10 s for every instance's index");
            Thread.sleep(10_000);
        }
        CountDownLatch connected = new CountDownLatch(subscribers);
        List<java.util.concurrent.CompletableFuture<?>> streams = new ArrayList<>();
        for (String token : subscriberTokens) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/matchmaking/stream"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
            streams.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response ->
                    response.body().forEach(line -> {
                        if (line.startsWith("event:connected")) {
                            connected.countDown();
                        } else if (line.startsWith("data:") && line.contains("\"suggestedAt\"")) {
                            Matcher matcher = NEED_ID.matcher(line);
                            if (matcher.find()) {
                                receivedAt.putIfAbsent(matcher.group(1), System.nanoTime());
                                receivedWallMicros.putIfAbsent(matcher.group(1), wallMicros());
                                Matcher suggested = SUGGESTED_AT.matcher(line);
                                if (suggested.find()) {
                                    java.time.Instant at = java.time.Instant.parse(suggested.group(1));
                                    suggestedWallMicros.putIfAbsent(matcher.group(1),
                                            at.getEpochSecond() * 1_000_000 + at.getNano() / 1000);
                                }
                            }
                        }
                    })));
        }
        if (!connected.await(120, TimeUnit.SECONDS)) {
            System.out.printf("only %d of %d streams connected%n", subscribers - connected.getCount(), subscribers);
        }
        System.out.println("streams connected; posting needs");

        int warmup = (int) (rate * warmupSeconds);
        int total = warmup + (int) (rate * seconds);
        Map<String, Long> warmupSentAt = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        ScheduledExecutorService pacer = Executors.newScheduledThreadPool(4);
        CountDownLatch posted = new CountDownLatch(total);
        long periodNanos = (long) (1e9 / rate);
        for (int n = 0; n < total; n++) {
            int target = (n * 7919) % subscribers;
            String body = need(n, target);
            Map<String, Long> sent = n < warmup ? warmupSentAt : sentAt;
            pacer.schedule(() -> {
                long start = System.nanoTime();
                long startWall = wallMicros();
                http.sendAsync(post("/api/matchmaking/needs", collegeToken, body), HttpResponse.BodyHandlers.ofString())
                        .whenComplete((response, error) -> {
                            if (error != null || response.statusCode() != 201) {
                                failures.incrementAndGet();
                            } else {
                                Matcher matcher = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(response.body());
                                if (matcher.find()) {
                                    sent.put(matcher.group(1), start);
                                    postedWallMicros.put(matcher.group(1), startWall);
                                }
                            }
                            posted.countDown();
                        });
            }, n * periodNanos, TimeUnit.NANOSECONDS);
        }
        posted.await(warmupSeconds + seconds + 60L, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && !(sentAt.keySet().stream().allMatch(receivedAt::containsKey)
                && warmupSentAt.keySet().stream().allMatch(receivedAt::containsKey))) {
            Thread.sleep(200);
        }
        pacer.shutdownNow();
        long warmupMissing = warmupSentAt.keySet().stream().filter(id -> !receivedAt.containsKey(id)).count();
        System.out.printf(Locale.ROOT, "warm-up: %d needs posted, %d never delivered%n", warmup, warmupMissing);
        report(total - warmup, failures.get());
        reportSplit();
        streams.forEach(stream -> stream.cancel(true));
        System.exit(0);
    }

    private void report(int total, int failures) {
        long[] latencies = sentAt.entrySet().stream().filter(e -> receivedAt.containsKey(e.getKey()))
                .mapToLong(e -> receivedAt.get(e.getKey()) - e.getValue()).sorted().toArray();
        int missing = sentAt.size() - latencies.length;
        System.out.printf(Locale.ROOT, "needs posted %d, failed posts %d, delivered %d, never delivered %d%n",
                total, failures, latencies.length, missing);
        if (latencies.length > 0) {
            System.out.printf(Locale.ROOT, "POST need -> subscriber's stream: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, "
                            + "max %.1f ms (targets: p50 <= 50 ms, p99 <= 250 ms)%n",
                    at(latencies, 0.50), at(latencies, 0.90), at(latencies, 0.99),
                    latencies[latencies.length - 1] / 1e6);
        }
    }

    /**
     * Where the time goes: POST → match stored (request, NeedPosted through the outbox and Kafka,
     * the matching consumer, the match write) and match stored → on the stream (MatchSuggested
     * through the outbox and Kafka, the stream tail, the gateway).
     */
    private void reportSplit() {
        long[] toMatch = sentAt.keySet().stream().filter(suggestedWallMicros::containsKey)
                .mapToLong(id -> (suggestedWallMicros.get(id) - postedWallMicros.get(id)) * 1000).sorted().toArray();
        long[] toStream = sentAt.keySet().stream().filter(suggestedWallMicros::containsKey)
                .mapToLong(id -> (receivedWallMicros.get(id) - suggestedWallMicros.get(id)) * 1000).sorted().toArray();
        if (toMatch.length > 0) {
            System.out.printf(Locale.ROOT, "  POST -> match stored:      p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    at(toMatch, 0.50), at(toMatch, 0.99), toMatch[toMatch.length - 1] / 1e6);
            System.out.printf(Locale.ROOT, "  match stored -> on stream: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    at(toStream, 0.50), at(toStream, 0.99), toStream[toStream.length - 1] / 1e6);
        }
    }

    private static long wallMicros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1e6;
    }

    private String need(int n, int target) {
        return "{\"title\":{\"en\":\"Load need " + n + "\"},\"modes\":[\"internship\"],\"sectors\":[\""
                + sectorOf(target) + "\"],\"countries\":[\"" + countryOf(target) + "\"],\"languages\":[\"en\"],"
                + "\"partnerKinds\":[\"ENTERPRISE\"],\"students\":10,\"expiresOn\":\""
                + LocalDate.now().plusMonths(1) + "\",\"contact\":{\"name\":\"Load\",\"email\":\"load@example.org\"}}";
    }

    private HttpRequest post(String path, String token, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
