package org.coop.localstack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.coop.gateway.GatewayApplication;
import org.coop.gateway.seed.DemoData;
import org.coop.platform.infra.EmbeddedMongoStore;
import org.coop.platform.infra.KafkaBrokerProcess;
import org.coop.platform.infra.Ports;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform on one machine, no Docker: a real Apache Kafka broker (KRaft, its own JVM,
 * data under {@code .data/kafka}), the Mongo-wire store (mongo-java-server on an H2 file under
 * {@code .data/mongo}), then the gateway and every service module on the classpath, each its own
 * Spring application on its own port, in this JVM. Ctrl-C stops everything in reverse order.
 *
 * <p>Why one JVM for the Spring applications: on a 2-core laptop, separate JVMs would each
 * load and JIT-compile the same Spring, Netty, Kafka and Mongo classes; sharing them saves
 * roughly a gigabyte and most of the start time. The broker keeps its own JVM so it can be
 * stopped and restarted on its own, as tests do. Production runs one process per service
 * (docker-compose.yml, k8s/).
 */
public final class LocalStack implements AutoCloseable {

    /**
     * Messaging auto-configuration the services bring onto the shared classpath. The gateway has
     * none of it in production (its own image); here it would find the gateway's beans that look
     * like functions and warn at every start that it cannot choose among them.
     */
    private static final List<String> SERVICES_ONLY_AUTO_CONFIGURATION = List.of(
            "org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration",
            "org.springframework.cloud.function.cloudevent.CloudEventsFunctionExtensionConfiguration",
            "org.springframework.cloud.function.context.config.KotlinLambdaToFunctionAutoConfiguration",
            "org.springframework.cloud.function.context.config.FunctionsEndpointAutoConfiguration",
            "org.springframework.cloud.function.observability.ObservationAutoConfiguration",
            "org.springframework.cloud.stream.config.BindersHealthIndicatorAutoConfiguration",
            "org.springframework.cloud.stream.config.ChannelsEndpointAutoConfiguration",
            "org.springframework.cloud.stream.config.BindingsEndpointAutoConfiguration",
            "org.springframework.cloud.stream.config.BindingServiceConfiguration",
            "org.springframework.cloud.stream.function.FunctionConfiguration",
            "org.springframework.cloud.stream.binder.kafka.config.ExtendedBindingHandlerMappingsProviderConfiguration",
            "org.springframework.cloud.stream.binder.kafka.config.MessageConverterHelperConfiguration");

    static final String DEMO_PASSWORD = "coop-demo";

    private final StackSettings settings;
    private final PrintStream out;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    LocalStack(StackSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) {
        StackSettings settings;
        try {
            settings = StackSettings.fromEnvironment();
            // a stack killed with kill -9 leaves its broker shutting down (it ends when its parent dies)
            KafkaBrokerProcess.stopLeftover(settings.dataDir().resolve("kafka")).ifPresent(pid ->
                    System.out.println("Stopped the Kafka broker (pid " + pid + ") that a crashed run left on "
                            + settings.dataDir().resolve("kafka")));
            checkPorts(settings);
        } catch (StackException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LocalStack stack = new LocalStack(settings, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("The local stack could not start: " + e.getMessage());
            stack.close();
            System.exit(1);
        }
    }

    /** Refuses to start when a port is taken, naming the port, its use, and how to move it. */
    static void checkPorts(StackSettings settings) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Integer, String[]> port : settings.ports().entrySet()) {
            if (Ports.inUse(port.getKey())) {
                String property = port.getValue()[1];
                problems.add("Port " + port.getKey() + " (" + port.getValue()[0] + ") is already in use. Stop what "
                        + "uses it, or choose another port with -D" + property + "=<port> or "
                        + StackSettings.environmentName(property) + "=<port>.");
            }
        }
        if (!problems.isEmpty()) {
            throw new StackException(String.join(System.lineSeparator(), problems));
        }
    }

    void start() {
        long begin = System.nanoTime();
        Path data = settings.dataDir();
        out.println("Starting the Cooperation Platform; data in " + data);

        EmbeddedMongoStore mongo = EmbeddedMongoStore.persistent(data.resolve("mongo").resolve("coop.mv"),
                settings.mongoPort()).start();
        started.push(mongo);
        out.println("  store    mongodb://127.0.0.1:" + settings.mongoPort());

        KafkaBrokerProcess kafka = KafkaBrokerProcess.builder(data.resolve("kafka"))
                .port(settings.kafkaPort()).controllerPort(settings.kafkaControllerPort())
                .maxHeap(settings.kafkaHeap()).build().start();
        started.push(kafka);
        started.push(new BrokerSupervisor(kafka, out));
        out.println("  kafka    127.0.0.1:" + settings.kafkaPort() + " (KRaft, pid " + kafka.pid() + ")");

        String gatewayUrl = "http://localhost:" + settings.gatewayPort();
        List<String> gatewayArgs = new ArrayList<>(common(settings.gatewayPort(), gatewayUrl));
        gatewayArgs.add("--platform.gateway.seed-demo=true");
        gatewayArgs.add("--spring.autoconfigure.exclude=" + String.join(",", SERVICES_ONLY_AUTO_CONFIGURATION));
        // springdoc too is the services' (the gateway publishes no API description of its own)
        gatewayArgs.add("--springdoc.api-docs.enabled=false");
        settings.servicePorts().forEach((module, port) -> module.routes().forEach(route ->
                gatewayArgs.add("--platform.gateway.routes." + route + ".uri=http://localhost:" + port)));
        started.push(GatewayApplication.run(gatewayArgs.toArray(String[]::new)));
        out.println("  gateway  " + gatewayUrl);

        settings.servicePorts().forEach((module, port) -> {
            started.push(startService(module, port, gatewayUrl));
            out.println("  " + pad(module.name()) + " http://localhost:" + port + " (through the gateway: "
                    + gatewayUrl + "/api/...)");
        });
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        playDemoScenario(gatewayUrl);
        printReady(gatewayUrl, took);
    }

    private ConfigurableApplicationContext startService(ServiceModule module, int port, String gatewayUrl) {
        Class<?> application;
        try {
            application = Class.forName(module.applicationClass());
        } catch (ClassNotFoundException e) {
            throw new StackException(module.name() + " is not on the classpath: " + e.getMessage());
        }
        List<String> args = new ArrayList<>(common(port, gatewayUrl));
        // The directory of accounts (travellers, delegates) is the gateway's until issue 12's identity service.
        args.add("--approval.directory.uri=" + gatewayUrl);
        return new SpringApplicationBuilder(application)
                .properties("spring.config.name=" + module.configName())
                .run(args.toArray(String[]::new));
    }

    /** Arguments every application gets; command-line arguments win over its own configuration file. */
    private List<String> common(int port, String gatewayUrl) {
        return List.of(
                "--server.port=" + port,
                "--spring.profiles.active=local",
                "--spring.main.register-shutdown-hook=false",
                "--spring.mongodb.uri=mongodb://127.0.0.1:" + settings.mongoPort(),
                "--spring.kafka.bootstrap-servers=127.0.0.1:" + settings.kafkaPort(),
                "--platform.outbox.equality-indexes=true",
                "--platform.security.issuer=" + gatewayUrl,
                "--platform.security.jwk-set-uri=" + gatewayUrl + "/.well-known/jwks.json",
                "--logging.level.root=WARN",
                "--logging.level.org.coop=INFO",
                "--spring.main.banner-mode=off",
                "--spring.main.log-startup-info=false");
    }

    /** First start only: the demo users create a small world through the gateway. */
    private void playDemoScenario(String gatewayUrl) {
        DemoScenario scenario = new DemoScenario(new GatewayClient(gatewayUrl, DEMO_PASSWORD), settings.dataDir());
        if (scenario.alreadyPlayed()) {
            return;
        }
        boolean matchmaking = settings.servicePorts().keySet().stream().anyMatch(m -> m.name().equals("matchmaking"));
        boolean approvals = settings.servicePorts().keySet().stream().anyMatch(m -> m.name().equals("approval-workflow"));
        boolean forums = settings.servicePorts().keySet().stream().anyMatch(m -> m.name().equals("forum-event"));
        try {
            scenario.play(matchmaking, approvals, forums).forEach(line -> out.println("  demo     " + line));
        } catch (StackException e) {
            out.println("  demo     the demo scenario could not be played (" + e.getMessage() + "); the stack runs without it");
        }
    }

    private void printReady(String gatewayUrl, Duration took) {
        out.println();
        out.println("Ready in " + took.toMillis() / 1000.0 + " s. Open " + gatewayUrl);
        out.println("Demo logins (password: " + DEMO_PASSWORD + "):");
        for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
            out.println("  " + pad(account.username()) + " " + String.join(",", account.roles())
                    + (account.positions().isEmpty() ? "" : " " + account.positions()) + "  " + account.displayName()
                    + " @ " + account.organizationId());
        }
        out.println("Metrics (Prometheus text; a PLATFORM_ADMIN token, e.g. admin's):");
        out.println("  " + pad("gateway") + " " + gatewayUrl + "/actuator/prometheus");
        settings.servicePorts().forEach((module, port) ->
                out.println("  " + pad(module.name()) + " http://localhost:" + port + "/actuator/prometheus"));
        out.println("Traces: every request is traced and its trace id is in the log lines it writes; to see the spans,"
                + " start with -Dmanagement.opentelemetry.tracing.export.otlp.endpoint=http://localhost:4318/v1/traces"
                + " (an OTLP collector, e.g. Jaeger); -Dlogging.level.org.coop.platform.observability=DEBUG logs each"
                + " request and event handled.");
        out.println("Sign in: curl -s -X POST " + gatewayUrl
                + "/api/auth/token -H 'Content-Type: application/json' "
                + "-d '{\"username\":\"km.staff\",\"password\":\"coop-demo\"}'");
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    private static String pad(String text) {
        return String.format("%-11s", text);
    }

    /** Stops the applications, then the broker, then the store: the reverse of the start. */
    @Override
    public synchronized void close() {
        if (started.isEmpty()) {
            return;
        }
        out.println("Stopping the Cooperation Platform...");
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("while stopping " + part + ": " + e);
            }
        }
        out.println("Stopped.");
        out.flush();
    }
}
