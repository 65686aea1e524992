package org.coop.platform.infra;

import java.nio.file.Path;

/**
 * A JVM that owns a broker, as the local stack does: starts it on the given data directory and
 * ports, prints its pid, then waits to be killed. Run by {@link KafkaBrokerOrphanTest}.
 */
public final class BrokerOwnerMain {

    private BrokerOwnerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        KafkaBrokerProcess broker = KafkaBrokerProcess.builder(Path.of(args[0]))
                .port(Integer.parseInt(args[1])).controllerPort(Integer.parseInt(args[2]))
                .maxHeap("384m").build().start();
        System.out.println("broker-pid " + broker.pid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
