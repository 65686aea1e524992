package org.coop.platform.infra;

import java.nio.file.Path;

/** A JVM that serves a persistent store until it is killed. Run by {@link EmbeddedMongoStoreCrashTest}. */
public final class StoreOwnerMain {

    private StoreOwnerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedMongoStore store = EmbeddedMongoStore.persistent(Path.of(args[0]), 0).start();
        System.out.println("store-port " + store.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
