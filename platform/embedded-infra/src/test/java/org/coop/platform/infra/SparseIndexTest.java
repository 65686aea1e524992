package org.coop.platform.infra;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

/** Which documents a sparse index holds: those in which some indexed field exists, as MongoDB has it. */
class SparseIndexTest {

    private final MVStore store = new MVStore.Builder().open();

    private SecondaryIndex sparseOn(String name) {
        String path = name.contains("#") ? name.substring(0, name.indexOf('#')) : name;
        MVMap<IndexEntry, Boolean> entries = store.openMap(name,
                new MVMap.Builder<IndexEntry, Boolean>().keyType(IndexEntry.Type.INSTANCE));
        MVMap<String, Object> facts = store.openMap(name + "._facts");
        return new SecondaryIndex(path + "_1", List.of(new IndexKey(path, true)), true, entries, facts);
    }

    private static Document match(String id, Object brokerActions) {
        Document document = new Document("_id", id);
        if (brokerActions != null) {
            document.put("brokerActions", brokerActions);
        }
        return document;
    }

    private int opened;

    /** Whether the index, given only this document, holds an entry for it. */
    private boolean held(SecondaryIndex prototype, Document document) {
        SecondaryIndex alone = sparseOn(prototype.getKeys().get(0).getKey() + "#" + opened++);
        alone.add(document, document.get("_id"), null);
        return alone.getCount() > 0;
    }

    @Test
    void aPathThroughAnEmptyArrayDoesNotExist() {
        SecondaryIndex brokered = sparseOn("brokerActions.brokerUserId");
        List<Document> matches = List.of(
                match("none", null),
                match("empty", List.of()),
                match("other-field", List.of(new Document("action", "RECOMMENDED"))),
                match("brokered", List.of(new Document("brokerUserId", "u-1"), new Document("brokerUserId", "u-2"))),
                match("by-position", List.of(new Document("action", "X"), new Document("brokerUserId", "u-3"))));
        assertThat(matches.stream().filter(document -> held(brokered, document)).map(document -> document.get("_id")))
                .containsExactly("brokered", "by-position");
        assertThat(matches.stream().filter(document -> held(sparseOn("brokerActions.1.brokerUserId"), document))
                .map(document -> document.get("_id"))).containsExactly("brokered", "by-position");
        // an empty array as the indexed field itself exists (MongoDB indexes it)
        assertThat(matches.stream().filter(document -> held(sparseOn("brokerActions"), document))
                .map(document -> document.get("_id"))).containsExactly("empty", "other-field", "brokered", "by-position");
    }
}
