package io.strimzi.crdgenerator.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declared here under Strimzi's own name so the JVM keeps the annotation on Strimzi's model classes: Strimzi ships
 * it in its CRD generator, which is not on Maven Central, and an annotation whose type cannot be loaded is dropped.
 * Strimzi marks with it the fields that exist only in some API versions (e.g. {@code "v1beta2"}); the deployment
 * checks refuse such a field in a {@code v1} object, as the v1 CRD schema does.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE})
public @interface PresentInVersions {
    String value();
}
