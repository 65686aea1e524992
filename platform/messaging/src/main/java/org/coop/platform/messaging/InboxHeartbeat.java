package org.coop.platform.messaging;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Beats for this instance's {@link Inbox} every {@link Inbox#BEAT} while the application runs, so
 * other instances can tell a live holder of an event from one that crashed with it. Starts before
 * the consumers (phase) and leaves on a clean stop, so a successor takes over at once.
 */
public class InboxHeartbeat implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxHeartbeat.class);

    private final Inbox inbox;
    private ScheduledExecutorService beats;

    public InboxHeartbeat(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public synchronized void start() {
        if (beats != null) {
            return;
        }
        inbox.beat();
        beats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inbox-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long period = Inbox.BEAT.toMillis();
        beats.scheduleWithFixedDelay(this::beatQuietly, period, period, TimeUnit.MILLISECONDS);
    }

    private void beatQuietly() {
        try {
            inbox.beat();
        } catch (RuntimeException storeAway) {
            // a missed beat only lets others take over this instance's events sooner; say so once per failure
            log.warn("the inbox heartbeat of {} could not be written: {}", inbox.instance(), storeAway.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (beats == null) {
            return;
        }
        beats.shutdownNow();
        beats = null;
        try {
            inbox.leave();
        } catch (RuntimeException storeAway) {
            log.info("the inbox of {} left without saying so ({}); its claims lapse with its heartbeat",
                    inbox.instance(), storeAway.getMessage());
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return beats != null;
    }

    /** Before the binder's consumers start (they run at a later phase) and after they stop. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
