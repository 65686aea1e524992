package org.coop.proposal.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.coop.proposal.ProposalApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** The service against the real broker and store; one context is shared by every class carrying this annotation. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ProposalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {ProposalApplication.CONFIG_NAME, "platform.outbox.sweep-interval=500ms"})
@WithPlatformInfrastructure
public @interface ProposalIntegrationTest {
}
