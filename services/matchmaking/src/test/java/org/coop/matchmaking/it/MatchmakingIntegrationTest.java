package org.coop.matchmaking.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.coop.matchmaking.MatchmakingApplication;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The matchmaking service on a random port against the real broker and store. Every class uses
 * the same properties, so they share one application context. Webhook receivers of the tests
 * listen on 127.0.0.1, exempted by name (the loopback rule itself stays on and is tested).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = MatchmakingApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                MatchmakingApplication.CONFIG_NAME,
                "matchmaking.webhooks.allowed-hosts=127.0.0.1",
                "matchmaking.webhooks.initial-backoff=200ms",
                "matchmaking.webhooks.max-attempts=3",
                "matchmaking.webhooks.pause-after-failures=2",
                "matchmaking.webhooks.timeout=3s",
                "matchmaking.digest.interval=2s",
                "matchmaking.sse.heartbeat=2s",
                "platform.outbox.sweep-interval=500ms"})
@WithPlatformInfrastructure
public @interface MatchmakingIntegrationTest {
}
