package org.coop.platform.messaging;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.coop.platform.observability.EventTracing;
import org.coop.platform.observability.ObservabilityAutoConfiguration;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coop.platform.events.Topics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Wires the write path (aggregate writer, outbox relay with its producer, retry and circuit
 * breaker, metrics) and the read path (inbox, consumer functions, dead letters) of a service.
 * Only applications that name themselves a service ({@code platform.service.name}) get it: the
 * gateway shares a JVM and a classpath with the services in the local stack, but has no outbox.
 */
@AutoConfiguration(after = ObservabilityAutoConfiguration.class, afterName = {
    "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
    "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
    "io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration",
    "io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnProperty(name = "platform.service.name")
@EnableConfigurationProperties({ServiceIdentity.class, OutboxProperties.class, KafkaProperties.class})
public class MessagingAutoConfiguration {

    static final String RELAY = "outbox-relay";

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    /** The relay's own idempotent producer: acks=all, ordered per partition, bounded blocking while Kafka is away. */
    @Bean(destroyMethod = "close")
    public Producer<String, byte[]> outboxProducer(KafkaProperties kafka, ServiceIdentity identity,
                                                   OutboxProperties outbox, EventTracing tracing) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, identity.requireName() + "-outbox");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        int deliveryTimeout = (int) outbox.getDeliveryTimeout().toMillis();
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(5000, deliveryTimeout));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(5000, deliveryTimeout));
        config.put(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, List.of(OutboxSendSpans.class));
        config.put(OutboxSendSpans.TRACING, tracing);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @Bean
    @ConditionalOnMissingBean
    public OutboxMetrics outboxMetrics(ObjectProvider<MeterRegistry> registry) {
        return new OutboxMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    public OutboxRelay outboxRelay(ReactiveMongoTemplate mongo, Producer<String, byte[]> outboxProducer,
                                   OutboxProperties properties, ObjectProvider<CircuitBreakerRegistry> breakers,
                                   ObjectProvider<RetryRegistry> retries, OutboxMetrics metrics, Clock clock,
                                   ServiceIdentity identity) {
        CircuitBreakerRegistry breakerRegistry = breakers.getIfAvailable(CircuitBreakerRegistry::ofDefaults);
        RetryRegistry retryRegistry = retries.getIfAvailable(RetryRegistry::ofDefaults);
        CircuitBreaker breaker = breakerRegistry.find(RELAY).orElseGet(() -> breakerRegistry.circuitBreaker(RELAY,
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(4)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofSeconds(5))
                        .permittedNumberOfCallsInHalfOpenState(2)
                        .build()));
        Retry retry = retryRegistry.find(RELAY).orElseGet(() -> retryRegistry.retry(RELAY, RetryConfig.custom()
                .maxAttempts(3)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(500), 2.0))
                .ignoreExceptions(CallNotPermittedException.class)
                .build()));
        return new OutboxRelay(mongo, outboxProducer, properties, breaker, retry, metrics, clock,
                identity.requireName()) {
            @Override
            public boolean isAutoStartup() {
                return properties.isRelayEnabled();
            }
        };
    }

    @Bean
    public AggregateWriter aggregateWriter(ReactiveMongoTemplate mongo, OutboxRelay relay, ServiceIdentity identity,
                                           OutboxProperties properties, Clock clock, EventTracing tracing) {
        return new AggregateWriter(mongo, relay, identity, properties, clock, tracing);
    }

    /** Leases of 2 minutes: longer than any handler may block (60 s), shorter than the poll interval (5 min). */
    @Bean
    public Inbox inbox(ReactiveMongoTemplate mongo, Clock clock) {
        return new Inbox(mongo, clock, Duration.ofMinutes(2));
    }

    @Bean
    public InboxHeartbeat inboxHeartbeat(Inbox inbox) {
        return new InboxHeartbeat(inbox);
    }

    @Bean
    public EventConsumers eventConsumers(Inbox inbox, ServiceIdentity identity,
                                         ObjectProvider<MeterRegistry> registry, EventTracing tracing) {
        return new EventConsumers(inbox, identity.requireName(), registry.getIfAvailable(SimpleMeterRegistry::new),
                tracing);
    }

    @Bean
    public ConsumerRebalances consumerRebalances(ObjectProvider<MeterRegistry> registry) {
        return new ConsumerRebalances(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    /**
     * The Kafka binder's own lag gauge ({@code spring.cloud.stream.binder.kafka.offset}) polls end
     * offsets every minute through a consumer that holds no partitions; kafka-clients 4.1 answers
     * each poll with a WARN per partition ("Not updating high watermark ... no longer assigned":
     * spring-cloud-stream#3208, KAFKA-20449), which looked like rebalances. Denying the gauge is
     * the binder's documented way to switch it off, consumer included. Lag stays measured by the
     * listeners' own consumers ({@code kafka.consumer.fetch.manager.records.lag.max}).
     */
    @Bean
    public MeterFilter withoutBinderLagPolling() {
        return MeterFilter.denyNameStartsWith("spring.cloud.stream.binder.kafka.offset");
    }

    /** Every catalog topic and this service's dead-letter topic, created at start if missing. */
    @Bean
    public KafkaAdmin.NewTopics platformTopics(ServiceIdentity identity) {
        List<NewTopic> topics = new ArrayList<>();
        Topics.catalog().forEach(spec -> {
            NewTopic topic = new NewTopic(spec.name(), spec.partitions(), (short) -1);
            if (spec.compacted()) {
                topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            }
            topics.add(topic);
        });
        topics.add(new NewTopic(Topics.deadLetterTopic(identity.requireName()), 1, (short) -1));
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    /** The relay finds pending documents through indexes instead of scanning collections. */
    @Bean
    public SmartInitializingSingleton outboxIndexes(ReactiveMongoTemplate mongo, OutboxProperties properties) {
        return () -> OutboxIndexes.ensure(mongo, properties.getCollections(), properties.isEqualityIndexes());
    }

    @Bean
    public DeadLetters deadLetters(KafkaProperties kafka, ServiceIdentity identity,
                                   Producer<String, byte[]> outboxProducer, ReactiveMongoTemplate mongo, Clock clock) {
        String service = identity.requireName();
        return new DeadLetters(Topics.deadLetterTopic(service), () -> {
            Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
            config.remove(ConsumerConfig.GROUP_ID_CONFIG);
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, DeadLetters.readerClientId(service));
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        }, outboxProducer, mongo, clock);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    public DeadLetterController deadLetterController(DeadLetters deadLetters) {
        return new DeadLetterController(deadLetters);
    }
}
