package org.coop.platform.messaging;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When the relay's sweep runs: at every tick while the relay is busy, and only every
 * {@link OutboxProperties#getIdleSweepInterval()} once it has been idle for
 * {@link OutboxProperties#getIdleAfter()}. Busy means a write nudged it, a sweep found work, or
 * the circuit is not closed (the broker is or was away). Sweeping every collection five times a
 * second was most of what an idle service spent (docs/messaging.md, "Idle"); while a service is
 * idle, only a lapsed lease of a crashed relay can leave events behind, and those wait for a
 * sweep whatever its pace.
 */
final class SweepPacing {

    private final Clock clock;
    private final OutboxProperties properties;
    private final AtomicLong lastActivity = new AtomicLong(Long.MIN_VALUE / 2);
    private final AtomicLong lastSweep = new AtomicLong(Long.MIN_VALUE / 2);

    SweepPacing(Clock clock, OutboxProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    /** A write added events, or a sweep published some. */
    void active() {
        lastActivity.set(clock.millis());
    }

    /** Whether this tick sweeps; a true answer counts as the sweep having run now. */
    boolean due(boolean circuitClosed) {
        long now = clock.millis();
        boolean busy = !circuitClosed || now - lastActivity.get() < properties.getIdleAfter().toMillis();
        if (!busy && now - lastSweep.get() < properties.getIdleSweepInterval().toMillis()) {
            return false;
        }
        lastSweep.set(now);
        return true;
    }
}
