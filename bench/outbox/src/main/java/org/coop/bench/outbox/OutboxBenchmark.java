package org.coop.bench.outbox;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coop.platform.events.CloudEventHeaders;
import org.coop.platform.events.EventEnvelope;
import org.coop.platform.events.EventJson;
import org.coop.platform.events.Topics;
import org.coop.platform.infra.EmbeddedMongoStore;
import org.coop.platform.infra.KafkaBrokerProcess;
import org.coop.platform.messaging.AggregateWriter;
import org.coop.platform.messaging.OutboxMetrics;
import org.coop.platform.messaging.OutboxProperties;
import org.coop.platform.messaging.OutboxRelay;
import org.coop.platform.messaging.ServiceIdentity;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Save → Kafka acknowledgement through the platform's outbox (aggregate and event in one
 * document write, relay, idempotent producer with acks=all), next to a raw idempotent
 * KafkaProducer sending the same records to the same broker in the same run.
 *
 * <p>Two phases per path: latency at a steady rate (open loop, so a slow response does not hide
 * the requests it delays), then throughput with a bounded number of writes in flight. Run with
 * {@code bench/outbox/run.sh}; options as system properties: {@code -Dwarmup=2000 -Dcount=5000
 * -Drate=200 -DinFlight=64}.
 */
public final class OutboxBenchmark {

    private static final int WARMUP = Integer.getInteger("warmup", 2000);
    private static final int COUNT = Integer.getInteger("count", 5000);
    private static final int RATE = Integer.getInteger("rate", 200);
    private static final int IN_FLIGHT = Integer.getInteger("inFlight", 64);
    private static final String VALUE = "x".repeat(120);

    private OutboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("outbox-bench-");
        try (KafkaBrokerProcess kafka = KafkaBrokerProcess.builder(dir.resolve("kafka")).maxHeap("512m").build().start();
             EmbeddedMongoStore store = EmbeddedMongoStore.inMemory(0).start()) {
            createTopic(kafka.bootstrapServers());
            System.out.printf("broker %s, store %s; warmup %d, measured %d, rate %d/s, in flight %d%n",
                    kafka.bootstrapServers(), store.connectionString("bench"), WARMUP, COUNT, RATE, IN_FLIGHT);

            Result raw = rawProducer(kafka.bootstrapServers());
            Result outbox = outbox(kafka.bootstrapServers(), store.connectionString("bench"));

            System.out.println();
            System.out.println("| path | latency at " + RATE + "/s p50 | p99 | throughput (" + IN_FLIGHT
                    + " in flight) |");
            System.out.println("|---|---|---|---|");
            System.out.println(raw.row("raw KafkaProducer (idempotent, acks=all)"));
            System.out.println(outbox.row("outbox: save -> relay -> ack"));
            System.out.printf("outbox / raw: p50 x%.1f, p99 x%.1f, throughput x%.2f%n",
                    outbox.latency.percentileMillis(50) / raw.latency.percentileMillis(50),
                    outbox.latency.percentileMillis(99) / raw.latency.percentileMillis(99),
                    outbox.throughput / raw.throughput);
        }
    }

    private record Result(Latencies latency, double throughput) {
        String row(String name) {
            return String.format("| %s | %.2f ms | %.2f ms | %.0f events/s |", name, latency.percentileMillis(50),
                    latency.percentileMillis(99), throughput);
        }
    }

    // ---- baseline: the raw producer ------------------------------------------------------------

    private static Result rawProducer(String bootstrap) throws Exception {
        try (Producer<String, byte[]> producer = producer(bootstrap, "bench-raw")) {
            Latencies latencies = new Latencies();
            paced(WARMUP, i -> rawSend(producer, latencies));
            awaitCount(latencies, WARMUP);
            latencies.clear();
            paced(COUNT, i -> rawSend(producer, latencies));
            awaitCount(latencies, COUNT);
            Latencies atRate = latencies.snapshot();

            Semaphore window = new Semaphore(IN_FLIGHT);
            CountDownLatch done = new CountDownLatch(COUNT);
            long start = System.nanoTime();
            for (int i = 0; i < COUNT; i++) {
                window.acquire();
                producer.send(record(UUID.randomUUID().toString(), i), (metadata, error) -> {
                    window.release();
                    done.countDown();
                });
            }
            done.await(5, TimeUnit.MINUTES);
            double throughput = COUNT / seconds(start);
            System.out.println("raw      " + atRate + "; " + Math.round(throughput) + " events/s");
            return new Result(atRate, throughput);
        }
    }

    private static void rawSend(Producer<String, byte[]> producer, Latencies latencies) {
        long sent = System.nanoTime();
        producer.send(record(UUID.randomUUID().toString(), 1),
                (metadata, error) -> latencies.add((System.nanoTime() - sent) / 1000));
    }

    /** The record the relay would send: same size, same headers. */
    private static ProducerRecord<String, byte[]> record(String key, long sequence) {
        ReadingTaken event = new ReadingTaken(key, sequence, VALUE);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.PLATFORM_PROBES, key,
                EventJson.toBytes(event));
        EventEnvelope.create(event, "bench", Instant.now()).toHeaders().forEach((name, value) ->
                record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return record;
    }

    // ---- the outbox path ---------------------------------------------------------------------------

    private static Result outbox(String bootstrap, String mongoUri) throws Exception {
        Latencies latencies = new Latencies();
        AtomicLong acknowledged = new AtomicLong();
        try (MongoClient client = MongoClients.create(mongoUri);
             Producer<String, byte[]> real = producer(bootstrap, "bench-outbox")) {
            ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, "bench");
            OutboxProperties properties = new OutboxProperties();
            properties.setCollections(List.of("meters"));
            org.coop.platform.messaging.OutboxIndexes.ensure(mongo, properties.getCollections(), true);
            ServiceIdentity identity = new ServiceIdentity();
            identity.setName("bench");
            Clock clock = Clock.systemUTC();
            OutboxRelay relay = new OutboxRelay(mongo, timed(real, latencies, acknowledged), properties,
                    CircuitBreaker.ofDefaults("bench"), Retry.ofDefaults("bench"),
                    new OutboxMetrics(new SimpleMeterRegistry()), clock, "bench");
            AggregateWriter writer = new AggregateWriter(mongo, relay, identity, properties, clock);
            relay.start();
            try {
                paced(WARMUP, i -> save(writer));
                awaitCount(latencies, WARMUP);
                latencies.clear();
                paced(COUNT, i -> save(writer));
                awaitCount(latencies, COUNT);
                Latencies atRate = latencies.snapshot();

                long before = acknowledged.get();
                Semaphore window = new Semaphore(IN_FLIGHT);
                long start = System.nanoTime();
                for (int i = 0; i < COUNT; i++) {
                    window.acquire();
                    String id = UUID.randomUUID().toString();
                    writer.insert(new Meter(id, 1, null), List.of(new ReadingTaken(id, 1, VALUE)))
                            .doFinally(signal -> window.release())
                            .subscribe();
                }
                window.acquire(IN_FLIGHT);
                double writesDone = seconds(start);
                window.release(IN_FLIGHT);
                while (acknowledged.get() - before < COUNT && seconds(start) < 300) {
                    Thread.sleep(1);
                }
                System.out.printf("outbox   all %d writes stored after %.2f s, all acknowledged after %.2f s%n",
                        COUNT, writesDone, seconds(start));
                double throughput = COUNT / seconds(start);
                System.out.println("outbox   " + atRate + "; " + Math.round(throughput) + " events/s");
                return new Result(atRate, throughput);
            } finally {
                relay.stop();
            }
        }
    }

    private static void save(AggregateWriter writer) {
        String id = UUID.randomUUID().toString();
        writer.insert(new Meter(id, 1, null), List.of(new ReadingTaken(id, 1, VALUE))).subscribe();
    }

    /** The relay's producer, timing each acknowledgement from the event's ce_time (set when it was saved). */
    @SuppressWarnings("unchecked")
    private static Producer<String, byte[]> timed(Producer<String, byte[]> real, Latencies latencies,
                                                  AtomicLong acknowledged) {
        return (Producer<String, byte[]>) Proxy.newProxyInstance(Producer.class.getClassLoader(),
                new Class<?>[] {Producer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send") && args.length == 2) {
                        ProducerRecord<?, ?> record = (ProducerRecord<?, ?>) args[0];
                        Callback callback = (Callback) args[1];
                        Instant saved = Instant.parse(new String(
                                record.headers().lastHeader(CloudEventHeaders.TIME).value(), StandardCharsets.UTF_8));
                        args[1] = (Callback) (metadata, error) -> {
                            if (error == null) {
                                latencies.add(Duration.between(saved, Instant.now()).toNanos() / 1000);
                                acknowledged.incrementAndGet();
                            }
                            callback.onCompletion(metadata, error);
                        };
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    // ---- shared ------------------------------------------------------------------------------------

    private static Producer<String, byte[]> producer(String bootstrap, String clientId) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Issues {@code count} operations at {@link #RATE} per second on a fixed schedule. */
    private static void paced(int count, java.util.function.IntConsumer operation) {
        long interval = TimeUnit.SECONDS.toNanos(1) / RATE;
        long next = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            operation.accept(i);
            next += interval;
        }
    }

    private static void awaitCount(Latencies latencies, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (latencies.count() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void createTopic(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(Topics.PLATFORM_PROBES, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }
}
