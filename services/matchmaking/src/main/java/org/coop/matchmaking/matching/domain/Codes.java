package org.coop.matchmaking.matching.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small dense ids for codes (modes, sectors, countries, languages, keywords), given on first
 * sight and never taken back, so the engine compares ints and tests bits instead of strings.
 */
final class Codes {

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final List<String> codes = new ArrayList<>();

    int id(String code) {
        Integer id = ids.get(code);
        if (id != null) {
            return id;
        }
        synchronized (this) {
            return ids.computeIfAbsent(code, c -> {
                codes.add(c);
                return codes.size() - 1;
            });
        }
    }

    /** The id of a known code, or -1 (a need's value no partner ever named). */
    int known(String code) {
        Integer id = ids.get(code);
        return id == null ? -1 : id;
    }

    synchronized String code(int id) {
        return codes.get(id);
    }

    synchronized int size() {
        return codes.size();
    }
}
