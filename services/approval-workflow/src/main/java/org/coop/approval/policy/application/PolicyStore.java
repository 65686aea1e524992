package org.coop.approval.policy.application;

import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where policy documents are kept: every published version, the newest publication is active. */
public interface PolicyStore {

    record StoredPolicy(String version, String yaml, Instant publishedAt, String publishedBy) {
    }

    /** Stores a version unless it exists; true when stored. */
    Mono<Boolean> insertIfAbsent(StoredPolicy policy);

    Mono<StoredPolicy> find(String version);

    Mono<StoredPolicy> latest();

    Flux<StoredPolicy> all();
}
