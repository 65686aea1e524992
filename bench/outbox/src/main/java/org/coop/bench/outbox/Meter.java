package org.coop.bench.outbox;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** The benchmark's aggregate: a meter whose readings are its events. */
@Document("meters")
record Meter(@Id String id, long readings, @Version Long version) {
}
