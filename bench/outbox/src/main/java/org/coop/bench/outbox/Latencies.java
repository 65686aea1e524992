package org.coop.bench.outbox;

import java.util.concurrent.ConcurrentLinkedQueue;

/** Raw latency samples in microseconds; exact percentiles, no histogram approximation. */
final class Latencies {

    private final ConcurrentLinkedQueue<Long> samples = new ConcurrentLinkedQueue<>();

    void add(long micros) {
        samples.add(micros);
    }

    int count() {
        return samples.size();
    }

    void clear() {
        samples.clear();
    }

    double percentileMillis(double p) {
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }

    double meanMillis() {
        return samples.stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / 1000.0;
    }

    @Override
    public String toString() {
        return String.format("p50 %.2f ms, p99 %.2f ms, mean %.2f ms (n=%d)", percentileMillis(50),
                percentileMillis(99), meanMillis(), count());
    }

    /** An independent copy, so later samples do not change what was measured so far. */
    Latencies snapshot() {
        Latencies copy = new Latencies();
        copy.samples.addAll(samples);
        return copy;
    }
}
