package org.coop.platform.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The binder settings every service shares, added with the lowest precedence so a service can
 * still override any of them: consumer group = service name, three attempts with backoff, then
 * the service's dead-letter topic; one Kafka address for Spring Kafka and the binder.
 */
public class MessagingDefaults implements EnvironmentPostProcessor {

    static final String SOURCE = "platform-messaging-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.cloud.stream.kafka.binder.brokers", "${spring.kafka.bootstrap-servers:localhost:9092}");
        defaults.put("spring.cloud.stream.default.group", "${platform.service.name}");
        defaults.put("spring.cloud.stream.default.consumer.max-attempts", "3");
        defaults.put("spring.cloud.stream.default.consumer.back-off-initial-interval", "200");
        defaults.put("spring.cloud.stream.default.consumer.back-off-multiplier", "2.0");
        defaults.put("spring.cloud.stream.default.consumer.back-off-max-interval", "2000");
        defaults.put("spring.cloud.stream.kafka.default.consumer.enable-dlq", "true");
        defaults.put("spring.cloud.stream.kafka.default.consumer.dlq-name", "${platform.service.name}.dlq");
        // One dead-letter topic per service collects from topics of any partition count: one partition.
        defaults.put("spring.cloud.stream.kafka.default.consumer.dlq-partitions", "1");
        // An idle consumer asks the broker for records every fetch.max.wait.ms (default 500): with
        // twenty consumers that was a steady load on an idle stack. A record arriving completes a
        // waiting fetch at once (fetch.min.bytes 1), so a longer wait adds no latency.
        defaults.put("spring.cloud.stream.kafka.binder.consumer-properties[fetch.max.wait.ms]", "2000");
        defaults.put("spring.cloud.stream.kafka.binder.auto-create-topics", "true");
        defaults.put("spring.cloud.stream.kafka.binder.replication-factor", "-1");
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, defaults));
    }
}
