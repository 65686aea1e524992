package org.coop.platform.test;

import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Puts the infrastructure's addresses into the Spring context of every test class annotated with
 * {@link WithPlatformInfrastructure}, ahead of the application's own configuration. Contexts for
 * the same backend are cached and shared like any other.
 */
public class PlatformInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        if (AnnotatedElementUtils.findMergedAnnotation(testClass, WithPlatformInfrastructure.class) == null) {
            return null;
        }
        return new InfrastructureCustomizer(PlatformInfrastructureExtension.backend(testClass));
    }

    private record InfrastructureCustomizer(Backend backend) implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                                     org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            if (backend == Backend.CONTAINERS && !ContainersInfrastructure.dockerAvailable()) {
                return;
            }
            Map<String, Object> properties = PlatformInfrastructure.of(backend).springProperties();
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("platform-test-infrastructure", properties));
        }
    }
}
