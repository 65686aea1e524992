package org.coop.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code platform.outbox.*}: which collections hold aggregates with pending events, and the relay's pace. */
@ConfigurationProperties("platform.outbox")
public class OutboxProperties {

    /** Collections whose documents carry an outbox; the relay sweeps only these. */
    private List<String> collections = new ArrayList<>();
    /** Run the relay in this process (turn off in tools that only read). */
    private boolean relayEnabled = true;
    /**
     * How often the relay sweeps for events the immediate path did not send. This bounds the
     * delay of every event whose nudge lost a race (measured: a few percent of events under load,
     * see docs/messaging.md), so it is short; a sweep is one indexed query per collection.
     */
    private Duration sweepInterval = Duration.ofMillis(200);
    /**
     * How often the relay sweeps once nothing has happened for {@link #getIdleAfter()}: no write
     * nudged it, no sweep found work and the circuit is closed. Sweeping five times a second per
     * collection was most of an idle service's CPU (docs/messaging.md, "Idle"); when idle, only a
     * crashed relay's lease can lapse, and that waits for a sweep anyway.
     */
    private Duration idleSweepInterval = Duration.ofSeconds(2);
    /** Quiet time after which the relay counts as idle and sweeps at {@link #getIdleSweepInterval()}. */
    private Duration idleAfter = Duration.ofSeconds(10);
    /**
     * How long a claim on a document's events lasts. It must outlive a send with its retries
     * (delivery timeout x attempts), or another relay would send the same events concurrently.
     */
    private Duration lease = Duration.ofMinutes(2);
    /** Documents claimed per collection per sweep. */
    private int sweepBatch = 100;
    /** Documents published at once. */
    private int concurrency = 16;
    /** Per-send upper bound (Kafka delivery.timeout.ms). */
    private Duration deliveryTimeout = Duration.ofSeconds(15);
    /** Check each event against its JSON Schema before it is stored. */
    private boolean validateSchemas = true;
    /**
     * Create the equality indexes the embedded Mongo-wire store needs to avoid collection scans
     * (see {@link OutboxIndexes}); on for tests and the local stack, pointless on MongoDB.
     */
    private boolean equalityIndexes;

    public List<String> getCollections() {
        return collections;
    }

    public void setCollections(List<String> collections) {
        this.collections = collections;
    }

    public boolean isRelayEnabled() {
        return relayEnabled;
    }

    public void setRelayEnabled(boolean relayEnabled) {
        this.relayEnabled = relayEnabled;
    }

    public Duration getIdleSweepInterval() {
        return idleSweepInterval;
    }

    public void setIdleSweepInterval(Duration idleSweepInterval) {
        this.idleSweepInterval = idleSweepInterval;
    }

    public Duration getIdleAfter() {
        return idleAfter;
    }

    public void setIdleAfter(Duration idleAfter) {
        this.idleAfter = idleAfter;
    }

    public Duration getSweepInterval() {
        return sweepInterval;
    }

    public void setSweepInterval(Duration sweepInterval) {
        this.sweepInterval = sweepInterval;
    }

    public Duration getLease() {
        return lease;
    }

    public void setLease(Duration lease) {
        this.lease = lease;
    }

    public int getSweepBatch() {
        return sweepBatch;
    }

    public void setSweepBatch(int sweepBatch) {
        this.sweepBatch = sweepBatch;
    }

    public int getConcurrency() {
        return concurrency;
    }

    public void setConcurrency(int concurrency) {
        this.concurrency = concurrency;
    }

    public Duration getDeliveryTimeout() {
        return deliveryTimeout;
    }

    public void setDeliveryTimeout(Duration deliveryTimeout) {
        this.deliveryTimeout = deliveryTimeout;
    }

    public boolean isEqualityIndexes() {
        return equalityIndexes;
    }

    public void setEqualityIndexes(boolean equalityIndexes) {
        this.equalityIndexes = equalityIndexes;
    }

    public boolean isValidateSchemas() {
        return validateSchemas;
    }

    public void setValidateSchemas(boolean validateSchemas) {
        this.validateSchemas = validateSchemas;
    }
}
