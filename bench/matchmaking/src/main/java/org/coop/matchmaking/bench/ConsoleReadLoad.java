package org.coop.matchmaking.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The console's own reads at a steady rate through the gateway, signed in as the demo users:
 * every list and get the console's pages call ({@link ConsoleCalls}), round robin, open loop
 * (each call starts on its schedule, whether or not the previous one has answered, so a slow
 * answer does not hide those behind it). Reports p50, p99 and max per endpoint against the
 * target of issue 10: p99 ≤ 50 ms at province-year volume.
 *
 * <pre>
 * java -cp ... org.coop.matchmaking.bench.ConsoleReadLoad [--gateway http://localhost:8080]
 *     [--rate 20] [--seconds 60] [--warmup 10]
 * </pre>
 * Prints one line per endpoint and a last line {@code reads p99-max <ms>} (the worst endpoint's p99).
 */
public final class ConsoleReadLoad {

    static final double TARGET_P99_MS = 50;

    private ConsoleReadLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = ProvinceYear.options(args);
        String gateway = options.getOrDefault("gateway", "http://localhost:8080");
        double rate = Double.parseDouble(options.getOrDefault("rate", "20"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        ConsoleCalls calls = new ConsoleCalls(gateway);
        calls.signIn();
        List<ConsoleCalls.Call> all = calls.resolved();
        System.out.printf(Locale.ROOT, "console read load: %d endpoints round robin, %.0f calls/s, %d s (+%d s warm-up)%n",
                all.size(), rate, seconds, warmup);
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        ExecutorService workers = Executors.newCachedThreadPool();
        long periodNanos = (long) (1e9 / rate);
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        for (long i = 0; ; i++) {
            long due = start + i * periodNanos;
            if (due >= end) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            ConsoleCalls.Call call = all.get((int) (i % all.size()));
            boolean measured = due >= measureFrom;
            workers.submit(() -> {
                try {
                    HttpResponse<String> answer = calls.get(call.user(), call.path());
                    long took = System.nanoTime() - due;
                    if (answer.statusCode() != 200) {
                        errors.computeIfAbsent(call.name(), k -> new AtomicInteger()).incrementAndGet();
                    } else if (measured) {
                        latencies.computeIfAbsent(call.name(), k -> java.util.Collections.synchronizedList(
                                new ArrayList<>())).add(took);
                    }
                } catch (Exception e) {
                    errors.computeIfAbsent(call.name(), k -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            });
        }
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
        double worst = 0;
        System.out.printf(Locale.ROOT, "%-58s %6s %8s %8s %8s %6s%n", "endpoint", "calls", "p50 ms", "p99 ms", "max ms",
                "errors");
        for (ConsoleCalls.Call call : all) {
            List<Long> measured = latencies.getOrDefault(call.name(), List.of());
            long[] sorted;
            synchronized (measured) {
                sorted = measured.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            int failed = errors.getOrDefault(call.name(), new AtomicInteger()).get();
            if (sorted.length == 0) {
                System.out.printf(Locale.ROOT, "%-58s %6d %8s %8s %8s %6d%n", call.name(), 0, "-", "-", "-", failed);
                continue;
            }
            double p99 = percentile(sorted, 0.99);
            worst = Math.max(worst, p99);
            System.out.printf(Locale.ROOT, "%-58s %6d %8.1f %8.1f %8.1f %6d%n", call.name(), sorted.length,
                    percentile(sorted, 0.50), p99, sorted[sorted.length - 1] / 1e6, failed);
        }
        int failures = errors.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf(Locale.ROOT, "reads p99-max %.1f ms (target <= %.0f ms), errors %d%n", worst, TARGET_P99_MS,
                failures);
    }

    /** Nearest-rank percentile in milliseconds. */
    static double percentile(long[] sortedNanos, double q) {
        int rank = (int) Math.ceil(q * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank))] / 1e6;
    }
}
