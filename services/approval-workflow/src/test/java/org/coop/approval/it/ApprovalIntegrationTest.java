package org.coop.approval.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Duration;
import org.coop.approval.ApprovalWorkflowApplication;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The service against the real broker and store, with a clock the test moves. One context is
 * shared by every class carrying this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ApprovalWorkflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {ApprovalWorkflowApplication.CONFIG_NAME, "approval.timers.poll-interval=300ms",
                "platform.outbox.sweep-interval=500ms", "approval.policy.cache-for=0s"})
@WithPlatformInfrastructure
@Import(ApprovalIntegrationTest.TestClock.class)
public @interface ApprovalIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class TestClock {

        @Bean
        Clock clock() {
            return new MutableClock(Duration.ZERO);
        }
    }
}
