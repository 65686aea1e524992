package org.coop.gateway.seed;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.coop.gateway.account.Account;
import org.coop.gateway.account.AccountRepository;
import org.coop.gateway.account.OrganizationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Seeds the demo organizations and accounts once, only where {@code platform.gateway.seed-demo}
 * is on (the local stack). A marker document records the run; a later start that finds it seeds
 * nothing, so demo data changed by hand is left alone. Writes are upserts by fixed ids, so two
 * gateways starting together cannot duplicate anything.
 */
@Component
@ConditionalOnProperty(name = "platform.gateway.seed-demo", havingValue = "true")
public class DemoSeeder {

    static final String MARKERS = "seed_runs";
    /** Bumped when the demo data grows; accounts are added if missing, so a newer run only adds. */
    static final String MARKER = "demo-v2";
    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final ReactiveMongoTemplate mongo;
    private final OrganizationRepository organizations;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String demoPassword;

    public DemoSeeder(ReactiveMongoTemplate mongo, OrganizationRepository organizations, AccountRepository accounts,
                      PasswordEncoder passwords, Clock clock,
                      @org.springframework.beans.factory.annotation.Value("${platform.gateway.demo-password:coop-demo}")
                      String demoPassword) {
        this.mongo = mongo;
        this.organizations = organizations;
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.demoPassword = demoPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seedOnce() {
        seed().block(Duration.ofMinutes(2));
    }

    /** True when this call seeded, false when an earlier run had. */
    public Mono<Boolean> seed() {
        return mongo.findById(MARKER, Document.class, MARKERS)
                .map(marker -> {
                    log.info("Demo data already seeded at {}; nothing to do", marker.getDate("seededAt").toInstant());
                    return false;
                })
                .switchIfEmpty(Mono.defer(this::seedNow).thenReturn(true));
    }

    private Mono<Void> seedNow() {
        String hash = passwords.encode(demoPassword);
        return organizations.saveAll(DemoData.ORGANIZATIONS).then()
                .thenMany(Flux.fromIterable(DemoData.ACCOUNTS).concatMap(demo -> accounts.findByUsername(demo.username())
                        .switchIfEmpty(accounts.save(new Account("user-" + UUID.nameUUIDFromBytes(
                                demo.username().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                                demo.username(), hash, demo.displayName(), demo.organizationId(), demo.roles(),
                                demo.positions(), true, clock.instant())))))
                .then(mongo.save(new Document("_id", MARKER).append("seededAt", Date.from(clock.instant()))
                        .append("organizations", DemoData.ORGANIZATIONS.size())
                        .append("accounts", DemoData.ACCOUNTS.size()), MARKERS))
                .doOnSuccess(done -> log.info("Seeded {} demo organizations and {} demo accounts",
                        DemoData.ORGANIZATIONS.size(), DemoData.ACCOUNTS.size()))
                .then();
    }
}
