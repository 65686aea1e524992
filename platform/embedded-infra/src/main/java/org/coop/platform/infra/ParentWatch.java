package org.coop.platform.infra;

import java.time.Duration;

/**
 * Ends this JVM when the process it belongs to is gone. The exit runs the shutdown hooks (Kafka's
 * controlled shutdown, which flushes its logs); if they hang, the JVM halts after a grace period.
 * Polls instead of waiting on {@link ProcessHandle#onExit()}: for a process that is not our child
 * the JDK polls too, and an explicit loop makes the delay (at most {@link #POLL}) visible.
 */
final class ParentWatch {

    static final Duration POLL = Duration.ofMillis(500);
    static final Duration GRACE = Duration.ofSeconds(30);

    private ParentWatch() {
    }

    static void start(ProcessHandle parent) {
        Thread watch = new Thread(() -> {
            while (parent.isAlive()) {
                sleep(POLL);
            }
            System.err.println("the JVM that started this process (pid " + parent.pid() + ") is gone; shutting down");
            Thread halt = new Thread(() -> {
                sleep(GRACE);
                Runtime.getRuntime().halt(4);
            }, "parent-watch-halt");
            halt.setDaemon(true);
            halt.start();
            System.exit(0);
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
