package org.coop.matchmaking.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a need's write costs as a college sees it: POST /api/matchmaking/needs through the gateway
 * until the 201, first at a steady rate (open loop: a slow answer does not delay the next request),
 * then with a fixed number of requests in flight (throughput). Signs in as a demo college user, so
 * it runs against {@code ./run-local.sh}; each figure is for 201s only, failures are counted.
 *
 * <pre>
 * java -cp ... org.coop.matchmaking.bench.NeedWriteLoad --base http://127.0.0.1:8080 \
 *     [--user km.staff] [--rate 20] [--seconds 30] [--in-flight 16] [--throughput-seconds 30]
 * </pre>
 */
public final class NeedWriteLoad {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
    private String token;
    private int posted;

    private NeedWriteLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        NeedWriteLoad load = new NeedWriteLoad(options.getOrDefault("base", "http://127.0.0.1:8080"));
        load.signIn(options.getOrDefault("user", "km.staff"), options.getOrDefault("password", "coop-demo"));
        double rate = Double.parseDouble(options.getOrDefault("rate", "20"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int inFlight = Integer.parseInt(options.getOrDefault("in-flight", "16"));
        int throughputSeconds = Integer.parseInt(options.getOrDefault("throughput-seconds", "30"));
        load.warmUp(200);
        load.atRate(rate, seconds);
        load.inFlight(inFlight, throughputSeconds);
        System.exit(0);
    }

    private void signIn(String user, String password) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("sign-in as " + user + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        token = matcher.group(1);
    }

    private CompletableFuture<Long> postOne() {
        long start = System.nanoTime();
        String body = "{\"title\":{\"en\":\"Write load need " + (posted++) + "\"},\"modes\":[\"internship\"],"
                + "\"sectors\":[\"welding\"],\"countries\":[\"TL\"],\"languages\":[\"en\"],"
                + "\"partnerKinds\":[\"ENTERPRISE\"],\"students\":10,\"expiresOn\":\"" + LocalDate.now().plusMonths(1)
                + "\",\"contact\":{\"name\":\"Load\",\"email\":\"load@example.org\"}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/matchmaking/needs"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> error == null && response.statusCode() == 201
                        ? System.nanoTime() - start : -1L);
    }

    private void warmUp(int count) {
        List<CompletableFuture<Long>> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(postOne());
            if (all.size() >= 8) {
                all.remove(0).join();
            }
        }
        all.forEach(CompletableFuture::join);
    }

    private void atRate(double rate, int seconds) throws InterruptedException {
        int total = (int) (rate * seconds);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        ScheduledExecutorService pacer = Executors.newScheduledThreadPool(2);
        List<CompletableFuture<Long>> all = Collections.synchronizedList(new ArrayList<>());
        long period = (long) (1e9 / rate);
        for (int n = 0; n < total; n++) {
            pacer.schedule(() -> all.add(postOne().whenComplete((nanos, e) -> {
                if (nanos < 0) {
                    failures.incrementAndGet();
                } else {
                    latencies.add(nanos);
                }
            })), n * period, TimeUnit.NANOSECONDS);
        }
        pacer.shutdown();
        pacer.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        new ArrayList<>(all).forEach(CompletableFuture::join);
        System.out.printf(Locale.ROOT, "at %.0f needs/s for %d s: %d created, %d failed, p50 %.1f ms, p99 %.1f ms, "
                + "max %.1f ms%n", rate, seconds, latencies.size(), failures.get(), percentile(latencies, 50),
                percentile(latencies, 99), percentile(latencies, 100));
    }

    private void inFlight(int inFlight, int seconds) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long begin = System.nanoTime();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < inFlight; c++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long nanos = postOne().join();
                    if (nanos < 0) {
                        failures.incrementAndGet();
                    } else {
                        latencies.add(nanos);
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        System.out.printf(Locale.ROOT, "%d in flight for %d s: %.1f needs/s created, %d failed, p50 %.1f ms, "
                + "p99 %.1f ms%n", inFlight, seconds, latencies.size() / elapsed, failures.get(),
                percentile(latencies, 50), percentile(latencies, 99));
    }

    private static double percentile(List<Long> values, int percentile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
