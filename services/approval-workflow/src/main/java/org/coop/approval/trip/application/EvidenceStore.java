package org.coop.approval.trip.application;

import java.util.Collection;
import java.util.Map;
import org.coop.approval.trip.domain.Evidence;
import reactor.core.publisher.Mono;

/** The local replica of evidence learned from other services' events. */
public interface EvidenceStore {

    /** Records (or refreshes) a fact; keyed by kind and id, so a replay changes nothing. */
    Mono<Void> record(Evidence evidence, String eventId);

    /** The facts among {@code keys} ({@link Evidence#key()}) that are known, by key. */
    Mono<Map<String, Evidence>> findAll(Collection<String> keys);
}
