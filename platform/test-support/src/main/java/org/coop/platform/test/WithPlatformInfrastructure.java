package org.coop.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class a real Kafka broker and a Mongo-wire store, started once per test JVM and
 * shared, and hands their addresses (and the test token issuer's JWKS) to Spring. Inject
 * {@link PlatformInfrastructure} to stop or restart the broker, and {@link TestTokens} to sign in.
 *
 * <p>To run the same tests against containers, subclass the test and annotate the subclass with
 * {@code @WithPlatformInfrastructure(Backend.CONTAINERS)}; it is skipped, with the reason, where
 * no Docker engine runs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PlatformInfrastructureExtension.class)
public @interface WithPlatformInfrastructure {

    Backend value() default Backend.EMBEDDED;
}
