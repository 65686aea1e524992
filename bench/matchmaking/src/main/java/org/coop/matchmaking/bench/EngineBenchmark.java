package org.coop.matchmaking.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.coop.matchmaking.matching.domain.ExhaustiveMatcher;
import org.coop.matchmaking.matching.domain.MatchEngine;
import org.coop.matchmaking.matching.domain.NeedProfile;
import org.coop.matchmaking.matching.domain.PartnerProfile;
import org.coop.matchmaking.matching.domain.ScoredMatch;
import org.coop.matchmaking.matching.domain.SubscriptionIndex;
import org.coop.matchmaking.matching.domain.Weights;
import org.coop.matchmaking.vocabulary.adapter.VocabularyYaml;
import org.coop.matchmaking.vocabulary.domain.Vocabulary;

/**
 * The matching engine alone, one thread, against Apache Lucene Monitor (multipass presearcher) on
 * the same subscriptions and needs in the same run. For each data shape: index build time and
 * heap, needs per second with scoring and reasons, latency percentiles, and a check that the
 * index, Lucene Monitor + the same scoring, and the brute-force oracle agree on every need.
 *
 * <pre>
 * JAVA_HOME=/path/to/jdk-21+ ./mvnw -q -B -pl bench/matchmaking -am package -DskipTests \
 *     dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * $JAVA_HOME/bin/java -Xmx1g -cp bench/matchmaking/target/classes:$(cat bench/matchmaking/target/cp.txt) \
 *     org.coop.matchmaking.bench.EngineBenchmark [subscriptions=100000] [needs=10000] [full|quick] [baseline-needs=500]
 * </pre>
 */
public final class EngineBenchmark {

    private EngineBenchmark() {
    }

    public static void main(String[] args)  {
        int subscriptions = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int needs = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Vocabulary vocabulary = VocabularyYaml.readVocabulary(
                EngineBenchmark.class.getResourceAsStream("/matchmaking/vocabulary.yml"));
        MatchEngine engine = new MatchEngine(vocabulary.sectors(), Weights.defaults());
        System.out.printf(Locale.ROOT, "engine benchmark: %,d subscriptions, %,d needs, one thread, java %s, %d cpus%n",
                subscriptions, needs, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        boolean quick = args.length > 2 && args[2].equals("quick");
        int baselineNeeds = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        for (SkewedData.Shape shape : List.of(SkewedData.BROAD, SkewedData.NARROW)) {
            run(shape, subscriptions, needs, vocabulary, engine, quick, baselineNeeds);
        }
    }

    private static void run(SkewedData.Shape shape, int subscriptionCount, int needCount, Vocabulary vocabulary,
                            MatchEngine engine, boolean quick, int baselineSample) {
        SkewedData data = new SkewedData(42, shape, vocabulary);
        List<PartnerProfile> subscriptions = new ArrayList<>(subscriptionCount);
        for (int i = 0; i < subscriptionCount; i++) {
            subscriptions.add(data.subscription(i));
        }
        List<NeedProfile> needs = new ArrayList<>(needCount);
        for (int i = 0; i < needCount; i++) {
            needs.add(data.need(i));
        }
        System.out.printf(Locale.ROOT, "%n== %s ==%n", shape.name());

        long heapBefore = usedHeap();
        long buildStart = System.nanoTime();
        SubscriptionIndex index = new SubscriptionIndex(engine);
        subscriptions.forEach(index::put);
        long buildNanos = System.nanoTime() - buildStart;
        long heapAfter = usedHeap();
        System.out.printf(Locale.ROOT, "index build: %d ms, heap %.1f MB (profiles and index; needs <= 2 s, <= 300 MB)%n",
                buildNanos / 1_000_000, (heapAfter - heapBefore) / 1e6);

        // warm up, then measure
        for (int i = 0; i < Math.min(2_000, needCount); i++) {
            index.match(needs.get(i));
        }
        // wall time, and this thread's CPU time: on a shared machine the second says what the engine costs
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] latencies = new long[needCount];
        long[] cpuLatencies = new long[needCount];
        long totalMatches = 0;
        int[] matchCounts = new int[needCount];
        long start = System.nanoTime();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < needCount; i++) {
            long c = cpu.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            List<ScoredMatch> matches = index.match(needs.get(i));
            latencies[i] = System.nanoTime() - t;
            cpuLatencies[i] = cpu.getCurrentThreadCpuTime() - c;
            totalMatches += matches.size();
            matchCounts[i] = matches.size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double rate = needCount / seconds;
        double cpuRate = needCount / cpuSeconds;
        Arrays.sort(latencies);
        Arrays.sort(cpuLatencies);
        Arrays.sort(matchCounts);
        System.out.printf(Locale.ROOT, "engine: %.1f matches per need (%.3f%% of subscriptions; p10 %d, p50 %d, p90 %d)%n",
                (double) totalMatches / needCount, 100.0 * totalMatches / needCount / subscriptionCount,
                matchCounts[needCount / 10], matchCounts[needCount / 2], matchCounts[needCount * 9 / 10]);
        System.out.printf(Locale.ROOT, "  wall clock: %,.0f needs/s, p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", rate,
                latencies[needCount / 2] / 1e6, latencies[(int) (needCount * 0.99)] / 1e6,
                latencies[needCount - 1] / 1e6);
        System.out.printf(Locale.ROOT, "  thread CPU: %,.0f needs/s, p50 %.3f ms, p99 %.3f ms (time the thread ran)%n",
                cpuRate, cpuLatencies[needCount / 2] / 1e6, cpuLatencies[(int) (needCount * 0.99)] / 1e6);

        if (quick) {
            return;
        }
        // the baseline: the same subscriptions and needs, the same scoring after its retrieval
        java.util.Optional<Baseline> found = Baseline.luceneMonitor();
        if (found.isEmpty()) {
            System.out.println("lucene monitor baseline: not compiled (Lucene 10 needs Maven on JDK 21+; see the pom)");
        } else {
            try (Baseline baseline = found.get()) {
                long baselineBuild = System.nanoTime();
                baseline.register(subscriptions, engine);
                System.out.printf(Locale.ROOT, "%s build: %d ms%n", baseline.name(),
                        (System.nanoTime() - baselineBuild) / 1_000_000);
                int baselineNeeds = Math.min(needCount, baselineSample);
                for (int i = 0; i < Math.min(50, baselineNeeds); i++) {
                    baseline.match(needs.get(i));
                }
                long[] baselineLatencies = new long[baselineNeeds];
                int mismatches = 0;
                for (int i = 0; i < baselineNeeds; i++) {
                    long t = cpu.getCurrentThreadCpuTime();
                    List<ScoredMatch> viaBaseline = baseline.match(needs.get(i));
                    baselineLatencies[i] = cpu.getCurrentThreadCpuTime() - t;
                    if (!viaBaseline.equals(ScoredMatch.sorted(index.match(needs.get(i))))) {
                        mismatches++;
                    }
                }
                double baselineRate = baselineNeeds / (Arrays.stream(baselineLatencies).sum() / 1e9);
                Arrays.sort(baselineLatencies);
                System.out.printf(Locale.ROOT, "%s + same scoring, thread CPU: %,.0f needs/s over %,d needs, "
                                + "p50 %.3f ms, p99 %.3f ms; engine / baseline = %.1fx; results differing from the "
                                + "engine: %d%n", baseline.name(), baselineRate, baselineNeeds,
                        baselineLatencies[baselineNeeds / 2] / 1e6,
                        baselineLatencies[(int) (baselineNeeds * 0.99)] / 1e6, cpuRate / baselineRate, mismatches);
            } catch (Exception e) {
                System.out.println("lucene monitor baseline failed: " + e);
            }
        }

        // brute-force oracle over every need (both cores: it is a check, not a measurement)
        ExhaustiveMatcher oracle = new ExhaustiveMatcher(engine);
        List<MatchEngine.PreparedPartner> prepared = subscriptions.stream().map(engine::prepare).toList();
        long oracleStart = System.nanoTime();
        long differing = IntStream.range(0, needCount).parallel()
                .filter(i -> !oracle.match(needs.get(i), prepared).equals(ScoredMatch.sorted(index.match(needs.get(i)))))
                .count();
        System.out.printf(Locale.ROOT, "oracle: %,d needs compared in %d s, %d differ%n", needCount,
                (System.nanoTime() - oracleStart) / 1_000_000_000, differing);
    }

    private static long usedHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
