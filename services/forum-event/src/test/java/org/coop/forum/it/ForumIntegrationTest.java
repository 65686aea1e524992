package org.coop.forum.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.coop.forum.ForumEventApplication;
import org.coop.platform.test.WithPlatformInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

/** The service against the real broker and store; one context is shared by every class carrying this annotation. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ForumEventApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = ForumEventApplication.CONFIG_NAME)
@WithPlatformInfrastructure
public @interface ForumIntegrationTest {
}
