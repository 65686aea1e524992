package org.coop.matchmaking.notify;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** A {@link TopicTail} started and stopped with the application, waiting at start until it is positioned. */
abstract class TopicFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicFeed.class);

    private final Duration positionTimeout;
    private TopicTail tail;

    TopicFeed(Duration positionTimeout) {
        this.positionTimeout = positionTimeout;
    }

    /** A new, unstarted tail. */
    abstract TopicTail tail();

    @Override
    public void start() {
        tail = tail();
        tail.start();
        try {
            if (!tail.awaitPositioned(positionTimeout)) {
                log.warn("{} is not positioned after {}; it goes on in the background", getClass().getSimpleName(),
                        positionTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        if (tail != null) {
            tail.close();
            tail = null;
        }
    }

    @Override
    public boolean isRunning() {
        return tail != null;
    }
}
