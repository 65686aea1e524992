package org.coop.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;

/**
 * Counts the consumer groups' rebalances: every assignment after a consumer's first one, per
 * binding ({@code messaging.consumer.rebalances}). At steady state it must not move: a rebalance
 * stops the group's consumption while partitions move (a handler that blocks past the poll
 * interval, a session timeout under load, consumers coming and going). Each one is logged at INFO
 * with the partitions, so a cause can be seen; the first assignment is not a rebalance.
 */
public class ConsumerRebalances implements KafkaBindingRebalanceListener {

    static final String METRIC = "messaging.consumer.rebalances";
    private static final Logger log = LoggerFactory.getLogger(ConsumerRebalances.class);

    private final MeterRegistry meters;

    public ConsumerRebalances(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void onPartitionsAssigned(String bindingName, Consumer<?, ?> consumer,
                                     Collection<TopicPartition> partitions, boolean initial) {
        if (!initial) {
            Counter.builder(METRIC).tag("binding", bindingName)
                    .description("assignments after a consumer's first one (rebalances)")
                    .register(meters).increment();
            log.info("binding {} rebalanced: now assigned {}", bindingName, partitions);
        }
    }

    /** Rebalances seen so far by every binding of this application. */
    public double total() {
        return meters.find(METRIC).counters().stream().mapToDouble(Counter::count).sum();
    }
}
