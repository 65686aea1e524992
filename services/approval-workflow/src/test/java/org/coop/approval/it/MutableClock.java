package org.coop.approval.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Real time plus an offset the test moves forward (never back: the outbox's and the timers'
 * leases are read against this clock). Real time keeps flowing underneath, so leases and polls
 * behave as in production.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Duration> offset;

    public MutableClock(Duration offset) {
        this.offset = new AtomicReference<>(offset);
    }

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
