package org.coop.platform.observability;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/** The trace helpers the messaging paths use (see {@link EventTracing}) and the request log line. */
@AutoConfiguration
public class ObservabilityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public EventTracing eventTracing(ObjectProvider<ObservationRegistry> observations, ObjectProvider<Tracer> tracer,
                                     ObjectProvider<Propagator> propagator) {
        return new EventTracing(observations.getIfAvailable(() -> ObservationRegistry.NOOP), tracer, propagator);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    public RequestLog requestLog(@Value("${spring.application.name:application}") String application) {
        return new RequestLog(application);
    }
}
