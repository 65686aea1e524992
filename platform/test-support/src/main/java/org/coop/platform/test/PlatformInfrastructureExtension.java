package org.coop.platform.test;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Starts the backend named by {@link WithPlatformInfrastructure} before the class's Spring context,
 * skips the container backend (with the reason) where no Docker engine runs, and injects
 * {@link PlatformInfrastructure} and {@link TestTokens} into test methods and constructors.
 */
public class PlatformInfrastructureExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Backend backend = backend(context);
        if (backend == Backend.CONTAINERS && !ContainersInfrastructure.dockerAvailable()) {
            return ConditionEvaluationResult.disabled("No Docker engine on this machine: the Testcontainers variant "
                    + "is skipped; the embedded variant of the same tests carries the assertions.");
        }
        return ConditionEvaluationResult.enabled("infrastructure backend " + backend);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        PlatformInfrastructure.of(backend(context));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == PlatformInfrastructure.class || type == TestTokens.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestTokens.class ? TestTokens.instance() : PlatformInfrastructure.of(backend(context));
    }

    static Backend backend(ExtensionContext context) {
        return context.getTestClass().map(PlatformInfrastructureExtension::backend).orElse(Backend.EMBEDDED);
    }

    static Backend backend(Class<?> testClass) {
        WithPlatformInfrastructure annotation =
                AnnotatedElementUtils.findMergedAnnotation(testClass, WithPlatformInfrastructure.class);
        return annotation == null ? Backend.EMBEDDED : annotation.value();
    }
}
