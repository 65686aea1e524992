package org.coop.localstack;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.coop.platform.infra.KafkaBrokerProcess;

/**
 * Starts the broker again when it dies under the running stack (killed, out of memory), as a
 * process supervisor would in production. Meanwhile the services keep accepting writes: their
 * events wait in the outbox and go out once the broker is back. Closed before the broker is
 * stopped, so a deliberate stop is never undone.
 */
final class BrokerSupervisor implements AutoCloseable {

    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "broker-supervisor");
        thread.setDaemon(true);
        return thread;
    });

    BrokerSupervisor(KafkaBrokerProcess broker, PrintStream out) {
        watch.scheduleWithFixedDelay(() -> {
            if (!broker.isRunning()) {
                out.println("The Kafka broker stopped unexpectedly; starting it again on the same data");
                try {
                    broker.start();
                    out.println("The Kafka broker is back (pid " + broker.pid() + ")");
                } catch (RuntimeException failed) {
                    out.println("The Kafka broker could not be started again (" + failed.getMessage()
                            + "); trying again");
                }
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        watch.shutdownNow();
        watch.awaitTermination(120, TimeUnit.SECONDS);
    }

    @Override
    public String toString() {
        return "the broker supervisor";
    }
}
