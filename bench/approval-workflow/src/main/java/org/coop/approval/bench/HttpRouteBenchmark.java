package org.coop.approval.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives trips through the four-step staff route over HTTP, as people would: the requester
 * submits, then the international office, the college leader, the education department and the
 * foreign-affairs office each approve. Works against the service directly or through the gateway:
 * it needs only a base URL and the five people's bearer tokens.
 *
 * <pre>
 * java ... org.coop.approval.bench.HttpRouteBenchmark --base-url=http://localhost:8080 \
 *      --tokens=tokens.properties [--trips=2000] [--warmup=200] [--warmup-seconds=240] [--concurrency=16]
 * </pre>
 * {@code tokens.properties} holds {@code requester}, {@code internationalOffice},
 * {@code collegeLeader}, {@code education}, {@code foreignAffairs} and, to lift the annual quota
 * for the run, optionally {@code admin} (a new policy version is published with a large quota).
 * Trips go round several colleges when the college people's tokens are given per college
 * ({@code requester@<college>}, {@code internationalOffice@<college>}, {@code collegeLeader@<college>}).
 */
public final class HttpRouteBenchmark {

    static final List<String> APPROVERS = List.of("internationalOffice", "collegeLeader", "education",
            "foreignAffairs");
    /** Places per college in the bench's plan: more than any run files, as few as a plan's record stays small. */
    static final int QUOTA = 100_000;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http;
    private final String baseUrl;
    private final Properties tokens;
    private final List<String> tripIds = Collections.synchronizedList(new ArrayList<>());
    private final List<String> colleges;

    public HttpRouteBenchmark(String baseUrl, Properties tokens) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.tokens = tokens;
        this.colleges = tokens.stringPropertyNames().stream().filter(name -> name.startsWith("requester@"))
                .map(name -> name.substring("requester@".length())).sorted().toList();
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static void main(String[] args) throws Exception {
        Args options = Args.parse(args);
        Properties tokens = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(options.require("tokens")))) {
            tokens.load(in);
        }
        HttpRouteBenchmark bench = new HttpRouteBenchmark(options.require("base-url"), tokens);
        bench.liftQuotaIfAdmin();
        System.out.println(bench.run(options.intValue("trips", 2000), options.intValue("warmup", 200),
                Duration.ofSeconds(options.intValue("warmup-seconds", 240)), options.intValue("concurrency", 16)));
        System.exit(0);
    }

    List<String> tripIds() {
        return List.copyOf(tripIds);
    }

    /** Publishes the shipped policy again under a bench version with a quota the run cannot exhaust. */
    void liftQuotaIfAdmin() throws IOException, InterruptedException {
        String admin = tokens.getProperty("admin");
        if (admin == null) {
            return;
        }
        String yaml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("policy/trip-policy.yml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        yaml = yaml.replaceFirst("version: \"[^\"]+\"", "version: \"bench-" + System.currentTimeMillis() + "\"")
                .replace("defaultQuota: 12", "defaultQuota: " + QUOTA);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/approvals/admin/policies"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(yaml)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("publishing the bench policy failed: " + response.statusCode() + " "
                    + response.body());
        }
    }

    /**
     * Runs unmeasured trips until both {@code warmup} trips and {@code warmupSeconds} have passed (the
     * JIT compiles a Spring service for a minute or more on two cores; a count alone measured that),
     * then {@code trips} measured ones, {@code concurrency} at a time.
     */
    public Result run(int trips, int warmup, Duration warmupTime, int concurrency) throws Exception {
        long warmupEnds = System.nanoTime() + warmupTime.toNanos();
        int warmed = 0;
        do {
            phase(warmup, concurrency, new Latencies(1), new Latencies(1), false);
            warmed += warmup;
        } while (System.nanoTime() < warmupEnds && warmup > 0);
        System.out.printf("warm-up: %d trips%n", warmed);
        java.time.Instant measuredFrom = java.time.Instant.now();
        Latencies submits = new Latencies(trips);
        Latencies decisions = new Latencies(trips * APPROVERS.size());
        long started = System.nanoTime();
        phase(trips, concurrency, submits, decisions, true);
        double seconds = (System.nanoTime() - started) / 1e9;
        // For a profile cut to the measured phase: a JFR recording started with the JVM
        // (-XX:StartFlightRecording), not one started now, which re-instruments JDK classes and
        // sends the JIT recompiling for minutes (it measured 24 instead of 102 trips/s).
        System.out.printf("measured phase: %s .. %s%n", measuredFrom, java.time.Instant.now());
        return new Result("approval-workflow (HTTP)", trips, seconds, submits, decisions);
    }

    private void phase(int trips, int concurrency, Latencies submits, Latencies decisions, boolean keepIds)
            throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        // Departure 60 days ahead: well past the 45-day lead time whatever the day.
        String departure = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(60).toString();
        String back = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(63).toString();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            running.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < trips; i = next.getAndIncrement()) {
                    String college = collegeOf(i);
                    String tripId = submit(i, college, departure, back, submits);
                    if (keepIds) {
                        tripIds.add(tripId);
                    }
                    for (String approver : APPROVERS) {
                        long start = System.nanoTime();
                        call("/api/approvals/trips/" + tripId + "/decisions", person(approver, college),
                                "{\"action\":\"APPROVE\"}");
                        decisions.record(System.nanoTime() - start);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : running) {
            worker.get(30, TimeUnit.MINUTES);
        }
        workers.shutdown();
    }

    /**
     * The college filing trip {@code i}: trips go round the colleges the tokens name
     * ({@code requester@<college>} etc.), as a province's colleges share one service; with plain
     * {@code requester} tokens, one college files everything.
     */
    private String collegeOf(int i) {
        return colleges.isEmpty() ? null : colleges.get(i % colleges.size());
    }

    /** The token name of a role: per college for the college's own people, shared for the province's officers. */
    private String person(String role, String college) {
        String own = college == null ? null : role + "@" + college;
        return own != null && tokens.containsKey(own) ? own : role;
    }

    private String submit(int i, String college, String departure, String back, Latencies submits) {
        // Travellers must be accounts of the college: a stack's directory knows the one the tokens file names.
        String traveller = tokens.getProperty(college == null ? "traveller" : "traveller@" + college,
                tokens.getProperty("traveller", "bench-traveller-" + i));
        String body = "{\"travellers\":[{\"userId\":\"" + traveller + "\",\"name\":\"Bench traveller " + i
                + "\",\"rank\":\"STAFF\",\"position\":\"teacher\"}],\"destinations\":[\"VN\"],"
                + "\"departureDate\":\"" + departure + "\",\"returnDate\":\"" + back + "\","
                + "\"purpose\":\"Teacher training at a partner college in Hanoi\","
                + "\"budget\":{\"amount\":21000,\"currency\":\"CNY\",\"fundingSource\":\"provincial grant\"},"
                + "\"inPlan\":true,\"planReference\":\"bench\"}";
        long start = System.nanoTime();
        String response = call("/api/approvals/trips", person("requester", college), body);
        submits.record(System.nanoTime() - start);
        Matcher id = ID.matcher(response);
        if (!id.find()) {
            throw new IllegalStateException("no trip id in " + response);
        }
        return id.group(1);
    }

    /**
     * The read floor, measured right after the trips with the same client and concurrency: each
     * call reads one approved trip ({@code GET /trips/{id}}: token check, one look-up by id, the
     * JSON answer), the least any call of the route does. A trip takes five calls, so five of
     * these per trip bound what any design of the decisions could reach on this machine.
     */
    public Result readFloor(int calls, int concurrency) throws Exception {
        List<String> ids = tripIds();
        if (ids.isEmpty()) {
            throw new IllegalStateException("the read floor reads the measured trips: run the trips first");
        }
        Latencies reads = new Latencies(calls);
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            running.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    send("/api/approvals/trips/" + ids.get(i % ids.size()), person("education", null), null);
                    reads.record(System.nanoTime() - start);
                }
                return null;
            }));
        }
        for (Future<?> worker : running) {
            worker.get(30, TimeUnit.MINUTES);
        }
        workers.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        // Reported as "trips" of five reads each, so it lines up with the route's trips/s.
        return new Result("read floor (5 GETs = 1 trip)", calls / 5, seconds, new Latencies(0), reads);
    }

    private String call(String path, String who, String json) {
        return send(path, who, json);
    }

    /** POSTs {@code json}, or GETs when it is null; the body of a 2xx answer. */
    private String send(String path, String who, String json) {
        String token = tokens.getProperty(who);
        if (token == null) {
            throw new IllegalArgumentException("no token for " + who);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        HttpRequest request = json == null ? builder.GET().build()
                : builder.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(who + " POST " + path + " -> " + response.statusCode() + " "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
