package org.coop.matchmaking.bench;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coop.gateway.account.Account;
import org.coop.gateway.account.Organization;
import org.coop.gateway.auth.SigningKeys;
import org.coop.gateway.auth.TokenIssuer;
import org.coop.platform.security.PlatformSecurityProperties;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Tokens for the end-to-end load on a running local stack: one college and N enterprises, each
 * of its own organization. A thousand enterprises cannot sign in one by one (the gateway limits
 * sign-ins, as it should), so this signs their tokens with the gateway's own key, read from the
 * stack's store, through the gateway's own {@link TokenIssuer}: the services see exactly what a
 * sign-in would have given them.
 *
 * <pre>
 * java -cp ... org.coop.matchmaking.bench.StackTokens [--mongo mongodb://localhost:27017]
 *     [--issuer http://localhost:8080] [--subscribers 1000] [--out target/e2e]
 * </pre>
 * Writes {@code college.jwt} and {@code subscribers.jwt} (one token per line) under {@code --out}.
 */
public final class StackTokens {

    private StackTokens() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int subscribers = Integer.parseInt(options.getOrDefault("subscribers", "1000"));
        Path out = Path.of(options.getOrDefault("out", "target/e2e"));
        PlatformSecurityProperties security = new PlatformSecurityProperties();
        security.setIssuer(options.getOrDefault("issuer", "http://localhost:8080"));
        security.setAudience(options.getOrDefault("audience", "coop-platform"));
        try (MongoClient client = MongoClients.create(options.getOrDefault("mongo", "mongodb://localhost:27017"))) {
            TokenIssuer issuer = new TokenIssuer(new SigningKeys(new ReactiveMongoTemplate(client, "gateway")),
                    security, Duration.ofHours(2), Clock.systemUTC());
            Files.createDirectories(out);
            Organization college = new Organization("org-yn-kmvtc", Map.of("en", "Kunming Vocational and Technical College"),
                    "COLLEGE", "CN", "YN", "Kunming");
            Files.writeString(out.resolve("college.jwt"), issuer.accessToken(account("bench-college", college.id(),
                    "COLLEGE"), college));
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < subscribers; i++) {
                String id = String.format("org-bench-enterprise-%04d", i);
                Organization enterprise = new Organization(id, Map.of("en", "Bench enterprise " + i), "ENTERPRISE",
                        "VN", null, "Hanoi");
                lines.add(issuer.accessToken(account("bench-user-" + i, id, "ENTERPRISE"), enterprise));
            }
            Files.write(out.resolve("subscribers.jwt"), lines);
            System.out.println("wrote " + out.resolve("college.jwt") + " and " + subscribers + " subscriber tokens to "
                    + out.resolve("subscribers.jwt"));
        }
    }

    private static Account account(String username, String organizationId, String role) {
        return new Account(username, username, null, username, organizationId, List.of(role), List.of(), true,
                Instant.now());
    }
}
