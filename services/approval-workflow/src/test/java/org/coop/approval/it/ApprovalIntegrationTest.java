package org.coop.approval.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Duration;
import org.coop.approval.ApprovalWorkflowApplication;
import org.coop.approval.InMemoryDirectory;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The service against the real broker and store, with a clock the test moves and a directory of
 * accounts the test feeds. One context is shared by every class carrying this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ApprovalWorkflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {ApprovalWorkflowApplication.CONFIG_NAME, "approval.timers.poll-interval=300ms",
                "platform.outbox.sweep-interval=500ms", "approval.policy.cache-for=0s"})
@WithPlatformInfrastructure
@Import({ApprovalIntegrationTest.TestClock.class, ApprovalIntegrationTest.TestDirectory.class})
public @interface ApprovalIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class TestClock {

        @Bean
        Clock clock() {
            return new MutableClock(Duration.ZERO);
        }
    }

    /**
     * The directory the tests feed (see {@link People}); the gateway adapter is tested on its own
     * ({@code GatewayDirectoryTest}, {@code GatewayDirectoryContractTest}) and in
     * {@code DirectoryAwayIntegrationTest}.
     */
    @TestConfiguration(proxyBeanMethods = false)
    class TestDirectory {

        @Bean
        @Primary
        InMemoryDirectory inMemoryDirectory() {
            return new InMemoryDirectory();
        }
    }
}
