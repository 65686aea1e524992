package org.coop.approval;

import java.util.concurrent.atomic.AtomicBoolean;
import org.coop.approval.trip.application.TripTimers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Polls for due trip timers while the service runs (every instance polls; leases keep firing single). */
public class TimerLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TimerLoop.class);

    private final TripTimers timers;
    private final ApprovalProperties.Timers settings;
    private final AtomicBoolean running = new AtomicBoolean();
    private Disposable loop;

    public TimerLoop(TripTimers timers, ApprovalProperties.Timers settings) {
        this.timers = timers;
        this.settings = settings;
    }

    @Override
    public void start() {
        if (!settings.isEnabled() || !running.compareAndSet(false, true)) {
            return;
        }
        loop = Flux.interval(settings.getPollInterval(), settings.getPollInterval())
                .onBackpressureDrop()
                .concatMap(tick -> timers.fireDue().onErrorResume(e -> {
                    log.warn("Firing trip timers failed; the next poll tries again: {}", e.toString());
                    return Mono.just(0L);
                }), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        if (running.compareAndSet(true, false) && loop != null) {
            loop.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }
}
