package org.coop.approval.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** Latencies in nanoseconds, recorded from many threads, read as percentiles at the end. */
final class Latencies {

    private final long[] samples;
    private final AtomicInteger count = new AtomicInteger();

    Latencies(int capacity) {
        samples = new long[capacity];
    }

    void record(long nanos) {
        int at = count.getAndIncrement();
        if (at < samples.length) {
            samples[at] = nanos;
        }
    }

    int count() {
        return Math.min(count.get(), samples.length);
    }

    /** The {@code p}-th percentile (0..100) in milliseconds, nearest-rank. */
    double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(samples, count());
        if (sorted.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
    }

    String summary() {
        return String.format("n=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms", count(), percentileMillis(50),
                percentileMillis(95), percentileMillis(99), percentileMillis(100));
    }
}
