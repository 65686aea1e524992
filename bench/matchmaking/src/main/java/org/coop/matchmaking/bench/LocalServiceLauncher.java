package org.coop.matchmaking.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coop.matchmaking.MatchmakingApplication;
import org.coop.platform.security.PlatformRole;
import org.coop.platform.test.Backend;
import org.coop.platform.test.PlatformInfrastructure;
import org.coop.platform.test.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Runs the matchmaking service on the embedded broker and store (as the integration tests do),
 * writes a college token and {@code subscribers} enterprise tokens (each its own organization,
 * valid ten minutes) for {@link EndToEndLoad}, then runs the load against it in this JVM.
 *
 * <pre>
 * java -Xmx2g -cp ... org.coop.matchmaking.bench.LocalServiceLauncher [subscribers=1000] [rate=20] [seconds=60]
 * </pre>
 */
public final class LocalServiceLauncher {

    private LocalServiceLauncher() {
    }

    public static void main(String[] args) throws Exception {
        int subscribers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String rate = args.length > 1 ? args[1] : "20";
        String seconds = args.length > 2 ? args[2] : "60";
        PlatformInfrastructure infra = PlatformInfrastructure.of(Backend.EMBEDDED);
        // command-line arguments: they outrank matchmaking.yml, as the test infrastructure's properties do in tests
        List<String> arguments = new ArrayList<>();
        arguments.add("--server.port=18081");
        arguments.add("--spring.mongodb.database=matchmaking_load");
        arguments.add("--logging.level.org.apache.kafka=ERROR");
        infra.springProperties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
        new SpringApplicationBuilder(MatchmakingApplication.class).properties(MatchmakingApplication.CONFIG_NAME)
                .run(arguments.toArray(String[]::new));

        TestTokens tokens = TestTokens.instance();
        Path dir = Files.createTempDirectory("matchmaking-load");
        Path college = dir.resolve("college.jwt");
        Files.writeString(college, tokens.token(PlatformRole.COLLEGE, "load-college").province("YN").build());
        List<String> subscriberTokens = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            subscriberTokens.add(tokens.token(PlatformRole.ENTERPRISE, "load-enterprise-" + i).country("VN").build());
        }
        Path subscribersFile = dir.resolve("subscribers.jwt");
        Files.write(subscribersFile, subscriberTokens);
        EndToEndLoad.main(new String[] {"--base", "http://127.0.0.1:18081", "--college-token-file", college.toString(),
                "--subscriber-tokens-file", subscribersFile.toString(), "--rate", rate, "--seconds", seconds,
                "--setup", "true"});
    }
}
