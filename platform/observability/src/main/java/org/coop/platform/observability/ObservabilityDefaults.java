package org.coop.platform.observability;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * What every application shares to be seen, with the lowest precedence so an application or a
 * deployment can still override any of it:
 * <ul>
 *   <li>every request is traced (Boot's default samples one in ten, which would cut a need's trace
 *       at random; a deployment with much traffic lowers {@code management.tracing.sampling.probability},
 *       and the decision then travels with the trace, so a trace is kept or dropped whole);</li>
 *   <li>the trace context follows Reactor chains onto other threads (a use case that reads the store,
 *       then writes an aggregate, records the trace with the events it writes);</li>
 *   <li>{@code /actuator/prometheus} is exposed (authorization: the applications' {@code /actuator/**} rule);</li>
 *   <li>no Spring Security observations (spans and timers for each filter-chain step).</li>
 * </ul>
 * Spans leave the process only when {@code management.opentelemetry.tracing.export.otlp.endpoint} is set.
 */
public class ObservabilityDefaults implements EnvironmentPostProcessor {

    static final String SOURCE = "platform-observability-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("management.tracing.sampling.probability", "1.0");
        defaults.put("spring.reactor.context-propagation", "auto");
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        // Spring Security's filter-chain and authorization observations add four spans to every request and
        // cost a tenth of its CPU (measured for approval-workflow.yml); http.server.requests already says what they say.
        defaults.put("management.observations.enable.spring.security", "false");
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, defaults));
    }
}
