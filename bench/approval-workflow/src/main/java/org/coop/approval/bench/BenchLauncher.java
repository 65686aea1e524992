package org.coop.approval.bench;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.coop.approval.ApprovalWorkflowApplication;
import org.coop.approval.directory.application.Directory;
import org.coop.approval.directory.application.Member;
import org.coop.platform.events.CloudEventHeaders;
import org.coop.platform.events.Topics;
import org.coop.platform.infra.KafkaBrokerProcess;
import org.coop.platform.security.PlatformRole;
import org.coop.platform.test.KafkaTopicReader;
import org.coop.platform.test.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import reactor.core.publisher.Mono;

/**
 * One run of the benchmark on this machine: a real Kafka broker (child JVM) and the in-memory
 * Mongo-wire store, the approval service on a free port with tokens from a local issuer, the HTTP
 * route benchmark against it, then the same process in embedded Flowable, and the ratio.
 *
 * <pre>
 * java -cp ... org.coop.approval.bench.BenchLauncher [--trips=2000] [--warmup=200] [--warmup-seconds=240]
 *      [--concurrency=16] [--colleges=100]
 *      [--flowable=false]   (only the service, e.g. under a profiler)
 *      [--store=stock]      (mongo-java-server as the local stack runs it; default: _id lookups via the index)
 * </pre>
 */
public final class BenchLauncher {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    private BenchLauncher() {
    }

    public static void main(String[] args) throws Exception {
        int status = 1;
        try {
            run(args);
            status = 0;
        } finally {
            // The local token issuer's JWKS server and client threads are not daemons: end the run here.
            System.exit(status);
        }
    }

    private static void run(String[] args) throws Exception {
        Args options = Args.parse(args);
        int trips = options.intValue("trips", 2000);
        int warmup = options.intValue("warmup", 200);
        int concurrency = options.intValue("concurrency", 16);
        Duration warmupTime = Duration.ofSeconds(options.intValue("warmup-seconds", 240));

        Path dataDir = Files.createTempDirectory("approval-bench-kafka-");
        boolean stockStore = "stock".equals(options.values().get("store"));
        MongoServer mongo = new MongoServer(stockStore ? new MemoryBackend() : new IdLookupMemoryBackend());
        mongo.bind("127.0.0.1", 0);
        System.out.println("store: mongo-java-server in memory, " + (stockStore ? "stock (scans unless the query is exactly {_id})"
                : "_id lookups through the index (as MongoDB)"));
        try (KafkaBrokerProcess kafka = KafkaBrokerProcess.builder(dataDir).maxHeap("512m").build().start()) {
            TestTokens issuer = TestTokens.instance();
            ConfigurableApplicationContext service = new SpringApplicationBuilder(ApprovalWorkflowApplication.class)
                    .properties(ApprovalWorkflowApplication.CONFIG_NAME)
                    .initializers(context -> ((GenericApplicationContext) context).registerBean(Directory.class,
                            BenchLauncher::everyoneIsAnAccount, definition -> definition.setPrimary(true)))
                    .run("--server.port=0",
                            "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                            "--spring.mongodb.uri=mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort(),
                            "--platform.security.jwk-set-uri=" + issuer.jwkSetUri(),
                            "--platform.security.issuer=" + TestTokens.ISSUER,
                            "--platform.security.audience=" + TestTokens.AUDIENCE,
                            // IdLookupMemoryBackend serves every _id-pinned query from the _id index, as
                            // MongoDB does; the extra equality indexes would only add upkeep per write.
                            "--platform.outbox.equality-indexes=false",
                            "--logging.level.root=WARN");
            Result ours;
            Result readFloor;
            List<String> tripIds;
            try {
                int port = ((WebServerApplicationContext) service).getWebServer().getPort();
                HttpRouteBenchmark http = new HttpRouteBenchmark("http://localhost:" + port,
                        tokens(issuer, options.intValue("colleges", 100)));
                http.liftQuotaIfAdmin();
                ours = http.run(trips, warmup, warmupTime, concurrency);
                tripIds = http.tripIds();
                readFloor = http.readFloor(trips * (1 + HttpRouteBenchmark.APPROVERS.size()), concurrency);
                long waitStart = System.nanoTime();
                int onKafka = approvedOnKafka(kafka.bootstrapServers(), tripIds);
                System.out.printf("TripApproved on Kafka for %d of %d measured trips (%.1fs after the last decision)%n",
                        onKafka, tripIds.size(), (System.nanoTime() - waitStart) / 1e9);
            } finally {
                service.close();
            }
            System.out.println();
            System.out.println(ours);
            System.out.println(readFloor);
            System.out.printf("route / read floor: %.2f (the share of the floor the writes leave)%n",
                    ours.tripsPerSecond() / readFloor.tripsPerSecond());
            if ("false".equals(options.values().get("flowable"))) {
                return;
            }
            Result flowable;
            try (FlowableBaseline baseline = new FlowableBaseline()) {
                flowable = baseline.run(trips, warmup, warmupTime, concurrency);
            }
            System.out.println(flowable);
            System.out.printf("%nthroughput ratio (approval-workflow / Flowable): %.2f%n",
                    ours.tripsPerSecond() / flowable.tripsPerSecond());
            System.out.printf("decision p99 ratio (approval-workflow / Flowable): %.2f%n",
                    ours.decisions().percentileMillis(99) / flowable.decisions().percentileMillis(99));
        } finally {
            mongo.shutdownNow();
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /**
     * The bench's directory: every traveller named is an enabled account of the college asking.
     * No gateway runs here, and the directory's cost (one remembered look-up per traveller) is
     * not what this bench measures.
     */
    static Directory everyoneIsAnAccount() {
        return (organizationId, references) -> Mono.just(references.stream().distinct().collect(
                Collectors.toMap(reference -> reference, reference -> new Member(reference, reference, reference,
                        organizationId, Set.of("COLLEGE"), Set.of(), true))));
    }

    /**
     * Bearer tokens of the route's people, as the gateway would issue them (but valid an hour): the
     * province's two officers, and a requester, international office and leader per college.
     * Trips go round the colleges, so each college's plan holds a few dozen trips, as in a
     * province, rather than one college holding all of them.
     */
    static Properties tokens(TestTokens issuer, int colleges) {
        // An hour, not the gateway's 10 minutes: the warm-up alone takes four.
        Properties tokens = new Properties();
        for (int c = 0; c < colleges; c++) {
            String college = String.format("org-bench-college-%03d", c);
            tokens.setProperty("requester@" + college, issuer.token(PlatformRole.COLLEGE, college)
                    .subject("bench-requester-" + c).organizationKind("COLLEGE").province("YN").lifetime(TOKEN_LIFETIME).build());
            tokens.setProperty("internationalOffice@" + college, issuer.token(PlatformRole.COLLEGE, college)
                    .subject("bench-io-" + c).organizationKind("COLLEGE").province("YN")
                    .position("INTERNATIONAL_OFFICE").lifetime(TOKEN_LIFETIME).build());
            tokens.setProperty("collegeLeader@" + college, issuer.token(PlatformRole.COLLEGE, college)
                    .subject("bench-leader-" + c).organizationKind("COLLEGE").province("YN")
                    .position("COLLEGE_LEADER").lifetime(TOKEN_LIFETIME).build());
        }
        tokens.setProperty("education", issuer.token(PlatformRole.GOV_OFFICER, "org-yn-education")
                .subject("bench-education").organizationKind("EDUCATION_DEPARTMENT").province("YN").lifetime(TOKEN_LIFETIME).build());
        tokens.setProperty("foreignAffairs", issuer.token(PlatformRole.GOV_OFFICER, "org-yn-fao")
                .subject("bench-fao").organizationKind("FOREIGN_AFFAIRS_OFFICE").province("YN").lifetime(TOKEN_LIFETIME).build());
        tokens.setProperty("admin", issuer.token(PlatformRole.PLATFORM_ADMIN, "platform").subject("bench-admin")
                .lifetime(TOKEN_LIFETIME).build());
        return tokens;
    }

    private static int approvedOnKafka(String bootstrap, List<String> tripIds) {
        Set<String> wanted = new HashSet<>(tripIds);
        return KafkaTopicReader.readUntil(bootstrap, Topics.APPROVAL_TRIPS,
                record -> wanted.contains(record.key())
                        && "org.coop.approval.TripApproved.v1".equals(KafkaTopicReader.header(record, CloudEventHeaders.TYPE)),
                wanted.size(), Duration.ofSeconds(120)).size();
    }
}
