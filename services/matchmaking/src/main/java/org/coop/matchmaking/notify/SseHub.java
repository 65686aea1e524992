package org.coop.matchmaking.notify;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.coop.platform.security.PlatformPrincipal;
import org.coop.platform.security.PlatformRole;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The live streams connected to this instance, by organization and (for officers) by province.
 * Events reach it from this instance's tail of the matches topic, so every instance serves the
 * users connected to it and nothing depends on which instance wrote the match.
 */
public class SseHub {

    private final Map<String, Set<Listener>> byOrganization = new ConcurrentHashMap<>();
    private final Map<String, Set<Listener>> byProvince = new ConcurrentHashMap<>();
    private final AtomicLong delivered = new AtomicLong();

    /**
     * Registers a stream for the user at once (events from now on are buffered until read); the
     * caller must close the connection when its stream ends, however it ends.
     */
    public Connection connect(PlatformPrincipal user) {
        Listener listener = new Listener(Sinks.many().unicast().onBackpressureBuffer());
        byOrganization.computeIfAbsent(user.organizationId(), k -> ConcurrentHashMap.newKeySet()).add(listener);
        String province = user.hasRole(PlatformRole.GOV_OFFICER) ? user.province() : null;
        if (province != null) {
            byProvince.computeIfAbsent(province, k -> ConcurrentHashMap.newKeySet()).add(listener);
        }
        return new Connection(listener.sink.asFlux(), () -> {
            remove(byOrganization, user.organizationId(), listener);
            if (province != null) {
                remove(byProvince, province, listener);
            }
        });
    }

    /** A registered stream: its events, and how to unregister it. */
    public record Connection(Flux<Notification> events, Runnable close) {
    }

    /** Sends to every stream of the organizations and of the officers of the province (each stream once). */
    public void publish(Notification notification, Set<String> organizations, String province) {
        Set<Listener> targets = new java.util.HashSet<>();
        for (String organization : organizations) {
            targets.addAll(byOrganization.getOrDefault(organization, Set.of()));
        }
        if (province != null) {
            targets.addAll(byProvince.getOrDefault(province, Set.of()));
        }
        for (Listener listener : targets) {
            listener.emit(notification);
            delivered.incrementAndGet();
        }
    }

    /** Connected streams, for metrics and tests. */
    public int connections() {
        return byOrganization.values().stream().mapToInt(Set::size).sum();
    }

    public long delivered() {
        return delivered.get();
    }

    private static void remove(Map<String, Set<Listener>> map, String key, Listener listener) {
        map.computeIfPresent(key, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    private record Listener(Sinks.Many<Notification> sink) {
        /** Two tails (matches, subscriptions) may emit at once: one at a time per stream. */
        synchronized void emit(Notification notification) {
            sink.tryEmitNext(notification);
        }
    }
}
