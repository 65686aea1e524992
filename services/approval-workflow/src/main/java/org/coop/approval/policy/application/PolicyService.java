package org.coop.approval.policy.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.coop.approval.policy.domain.TripPolicy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The active trip policy and every earlier version. The active one is cached for a few seconds, so
 * a version an admin publishes on one instance reaches the others within that time.
 */
public class PolicyService {

    private final PolicyStore store;
    private final Clock clock;
    private final Duration cacheFor;
    private final Map<String, TripPolicy> byVersion = new ConcurrentHashMap<>();
    private volatile Cached active;

    private record Cached(TripPolicy policy, Instant until) {
    }

    public PolicyService(PolicyStore store, Clock clock, Duration cacheFor) {
        this.store = store;
        this.clock = clock;
        this.cacheFor = cacheFor;
    }

    /** Validates the document a deployment ships and stores it if its version is new. */
    public Mono<TripPolicy> bootstrap(String yaml, String source) {
        TripPolicy policy = PolicyYaml.parse(yaml, source);
        return store.insertIfAbsent(new PolicyStore.StoredPolicy(policy.version(), yaml, Instant.now(clock), source))
                .then(refresh());
    }

    public Mono<TripPolicy> active() {
        Cached cached = active;
        if (cached != null && Instant.now(clock).isBefore(cached.until())) {
            return Mono.just(cached.policy());
        }
        return refresh();
    }

    private Mono<TripPolicy> refresh() {
        return store.latest()
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("no trip policy has been loaded")))
                .map(stored -> {
                    TripPolicy policy = byVersion.computeIfAbsent(stored.version(),
                            version -> PolicyYaml.parse(stored.yaml(), "version " + version));
                    active = new Cached(policy, Instant.now(clock).plus(cacheFor));
                    return policy;
                });
    }

    public Mono<PolicyStore.StoredPolicy> document(String version) {
        return store.find(version);
    }

    public Flux<PolicyStore.StoredPolicy> history() {
        return store.all();
    }

    /**
     * Publishes a new version (it becomes active); a version number is never reused.
     *
     * @return empty when the version already exists
     */
    public Mono<TripPolicy> publish(String yaml, String publishedBy) {
        TripPolicy policy = PolicyYaml.parse(yaml, "upload");
        return store.insertIfAbsent(new PolicyStore.StoredPolicy(policy.version(), yaml, Instant.now(clock),
                        publishedBy))
                .flatMap(stored -> stored ? refresh() : Mono.empty());
    }
}
