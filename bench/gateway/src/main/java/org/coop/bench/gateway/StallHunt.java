package org.coop.bench.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a long mix of requests through the gateway on kept-alive connections and counts the ones
 * whose answer never comes: the Reactor Netty keep-alive stall (docs/gateway.md) showed as a 503
 * "did not answer within 10 s" on a proxied call a service would have refused at once, or as a
 * client-side timeout on a connection to the gateway itself.
 *
 * <p>The mix, in turn: proxied 2xx (vocabulary, forum list), proxied 403 answered by a service's
 * security chain at once, proxied 404 after a store read, and the gateway's own redirect
 * ({@code /console}), 404 and profile. Every worker thread sends one request at a time on one
 * shared JDK client, which keeps its connections alive and reuses them at once, as browsers do.
 *
 * <p>Options: {@code --base-url=http://localhost:8080 --proxied=100000 --concurrency=16
 * --stall-after=5s --password=coop-demo}. It stops by itself: after the given number of proxied
 * requests, or after {@code --max-minutes} (default 30).
 */
public final class StallHunt {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One kind of request of the mix. */
    record Kind(String name, String path, String user, boolean proxied, int expectedStatus) {
    }

    private final String baseUrl;
    private final Duration stallAfter;
    private final HttpClient client;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final LongAdder proxied = new LongAdder();
    private final LongAdder total = new LongAdder();
    private final LongAdder stalls = new LongAdder();
    private final LongAdder unexpected = new LongAdder();
    private final List<String> stallLog = java.util.Collections.synchronizedList(new ArrayList<>());
    private final long[] latencyMicros;
    private final AtomicLong latencyCount = new AtomicLong();

    StallHunt(String baseUrl, Duration stallAfter, int capacity) {
        this.baseUrl = baseUrl;
        this.stallAfter = stallAfter;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        this.latencyMicros = new long[capacity];
    }

    static List<Kind> mix() {
        return List.of(
                new Kind("proxied 200 vocabulary", "/api/matchmaking/vocabulary", "km.staff", true, 200),
                new Kind("proxied 200 forum list", "/api/forums", "km.staff", true, 200),
                new Kind("proxied 403 statistics (college)", "/api/approvals/statistics", "km.staff", true, 403),
                new Kind("proxied 403 trips (enterprise)", "/api/approvals/trips", "vn.bacninh", true, 403),
                new Kind("proxied 404 need", "/api/matchmaking/needs/no-such-need", "km.staff", true, 404),
                new Kind("proxied 404 proposal", "/api/proposals/no-such-proposal", "km.staff", true, 404),
                new Kind("gateway 307 /console", "/console", null, false, 307),
                new Kind("gateway 404 page", "/no-such-page", null, false, 404),
                new Kind("gateway 200 profile", "/api/auth/me", "km.staff", false, 200));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String baseUrl = options.getOrDefault("base-url", "http://localhost:8080");
        long target = Long.parseLong(options.getOrDefault("proxied", "100000"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
        Duration stallAfter = Duration.parse("PT" + options.getOrDefault("stall-after", "5s").toUpperCase());
        Duration maxTime = Duration.ofMinutes(Long.parseLong(options.getOrDefault("max-minutes", "30")));
        String password = options.getOrDefault("password", "coop-demo");

        List<Kind> mix = mix();
        long proxiedPerRound = mix.stream().filter(Kind::proxied).count();
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, (target / proxiedPerRound + concurrency + 1) * mix.size());
        StallHunt hunt = new StallHunt(baseUrl, stallAfter, capacity);
        hunt.signInAll(password);
        // Access tokens live 10 minutes; a long run signs in again before they expire.
        java.util.concurrent.ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor();
        renewal.scheduleAtFixedRate(() -> hunt.signInAll(password), 5, 5, TimeUnit.MINUTES);
        System.out.printf("Stall hunt against %s: %,d proxied requests (of %d kinds in %d), %d workers, stall = no answer"
                + " within %s or a 503%n", baseUrl, target, proxiedPerRound, mix.size(), concurrency, stallAfter);
        Instant started = Instant.now();
        Instant deadline = started.plus(maxTime);
        AtomicLong next = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        for (int w = 0; w < concurrency; w++) {
            workers.submit(() -> {
                while (hunt.proxied.sum() < target && Instant.now().isBefore(deadline)) {
                    hunt.send(mix.get((int) (next.getAndIncrement() % mix.size())));
                }
                return null;
            });
        }
        workers.shutdown();
        workers.awaitTermination(maxTime.toMinutes() + 5, TimeUnit.MINUTES);
        renewal.shutdownNow();
        hunt.report(Duration.between(started, Instant.now()));
        System.exit(hunt.stalls.sum() == 0 && hunt.unexpected.sum() == 0 ? 0 : 1);
    }

    private void signInAll(String password) {
        for (String user : List.of("km.staff", "vn.bacninh")) {
            try {
                tokens.put(user, signIn(user, password));
            } catch (Exception e) {
                throw new IllegalStateException("sign-in of " + user + " failed", e);
            }
        }
    }

    private String signIn(String user, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/auth/token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("username", user, "password", password)))).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in of " + user + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private void send(Kind kind) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + kind.path()))
                .timeout(stallAfter).header("Accept", "application/json").GET();
        if (kind.user() != null) {
            request.header("Authorization", "Bearer " + tokens.get(kind.user()));
        }
        long began = System.nanoTime();
        String outcome;
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            outcome = Integer.toString(response.statusCode());
            if (response.statusCode() == 503) {
                stall(kind, "503 " + response.body());
            } else if (response.statusCode() != kind.expectedStatus()) {
                unexpected.increment();
                outcome += " (unexpected: " + abbreviate(response.body()) + ")";
            }
        } catch (HttpTimeoutException e) {
            outcome = "no answer within " + stallAfter.toSeconds() + " s";
            stall(kind, outcome);
        } catch (Exception e) {
            outcome = "failed: " + e.getClass().getSimpleName();
            unexpected.increment();
        }
        long micros = (System.nanoTime() - began) / 1000;
        long slot = latencyCount.getAndIncrement();
        if (slot < latencyMicros.length) {
            latencyMicros[(int) slot] = micros;
        }
        outcomes.computeIfAbsent(kind.name() + " → " + outcome, key -> new LongAdder()).increment();
        total.increment();
        if (kind.proxied()) {
            proxied.increment();
        }
    }

    private void stall(Kind kind, String what) {
        stalls.increment();
        stallLog.add(Instant.now() + " " + kind.name() + ": " + abbreviate(what));
    }

    private void report(Duration took) {
        long count = Math.min(latencyCount.get(), latencyMicros.length);
        long[] sorted = Arrays.copyOf(latencyMicros, (int) count);
        Arrays.sort(sorted);
        System.out.printf("%nRequests: %,d (proxied %,d) in %d s, %.0f requests/s%n", total.sum(), proxied.sum(),
                took.toSeconds(), total.sum() / Math.max(1.0, took.toMillis() / 1000.0));
        new TreeMap<>(outcomes).forEach((outcome, n) -> System.out.printf("  %-60s %,d%n", outcome, n.sum()));
        System.out.printf("Latency ms: p50 %.1f, p99 %.1f, p99.9 %.1f, max %.1f%n", percentile(sorted, 50),
                percentile(sorted, 99), percentile(sorted, 99.9), sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1000.0);
        System.out.printf("Stalls (503, or no answer within %d s): %d; unexpected answers: %d%n",
                stallAfter.toSeconds(), stalls.sum(), unexpected.sum());
        stallLog.stream().limit(20).forEach(line -> System.out.println("  " + line));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options look like --name=value, not " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
