package org.coop.platform.messaging.probe;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A minimal aggregate for the messaging tests. */
@Document("probes")
public record Probe(@Id String id, String title, List<String> notes, @Version Long version) {

    public Probe withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Probe(id, title, List.copyOf(more), version);
    }
}
