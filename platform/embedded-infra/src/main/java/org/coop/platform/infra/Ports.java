package org.coop.platform.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port helpers for starting servers on loopback. */
public final class Ports {

    private Ports() {
    }

    /**
     * Client sockets take their local ports from the ephemeral range (32768-60999 on Linux,
     * 49152-65535 elsewhere); a port picked there can be taken by some outbound connection between
     * the pick and the server's bind (it happened to the local stack's fifth application). Ports
     * are therefore picked below both ranges.
     */
    private static final int LOWEST = 15_000;
    private static final int ABOVE_HIGHEST = 32_000;
    /** Never the same port twice in one JVM, even if the first taker has not bound it yet. */
    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A port free right now on loopback and the wildcard address, below the ephemeral range so no
     * client socket takes it before the server that was given it binds.
     */
    public static int freePort() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = random.nextInt(LOWEST, ABOVE_HIGHEST);
            if (!inUse(port) && bindsOnLoopback(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST + " and " + ABOVE_HIGHEST + " after 200 tries");
    }

    private static boolean bindsOnLoopback(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether something already listens on (or holds) the port on loopback or the wildcard address. */
    public static boolean inUse(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
