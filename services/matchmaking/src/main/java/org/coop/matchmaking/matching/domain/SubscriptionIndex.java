package org.coop.matchmaking.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.StampedLock;

/**
 * All standing subscriptions in memory, indexed so a need finds its candidates without looking
 * at every subscription: one bitmap per value of each hard criterion (mode, sector, country,
 * partner kind) plus one per criterion for the subscriptions that accept any value. A need's
 * candidates are, per criterion, the union of the bitmaps of the values it matches (for sectors,
 * its sectors with their ancestors and descendants) and of the "any" bitmap; then the
 * intersection over the criteria. That set is exactly the set of subscriptions the hard rules of
 * {@link MatchEngine} accept, so only they are scored.
 *
 * <p>Reads run concurrently; updates (from the compacted subscriptions topic) take a write lock.
 */
public final class SubscriptionIndex {

    private static final int INITIAL_SLOTS = 1024;
    /** 16 ints, one cache line: the header and 12 codes, what most subscriptions name. */
    private static final int BLOCK = 16;

    private final MatchEngine engine;
    private final StampedLock lock = new StampedLock();
    private final Map<String, Integer> slotById = new HashMap<>();
    private MatchEngine.PreparedPartner[] slots = new MatchEngine.PreparedPartner[INITIAL_SLOTS];
    /**
     * Each slot's scoring data (its {@code codes}) in a block of one array, in slot order, so the
     * candidate scan reads memory in order; a partner too large for a block is read from its own array.
     */
    private int[] pool = new int[INITIAL_SLOTS * BLOCK];
    private final ArrayList<Integer> freeSlots = new ArrayList<>();
    private int highWater;
    private int words = INITIAL_SLOTS / 64;

    private final Dimension modes = new Dimension();
    private final Dimension sectors = new Dimension();
    private final Dimension countries = new Dimension();
    private final Dimension kinds = new Dimension();
    private final ThreadLocal<long[][]> scratch = new ThreadLocal<>();
    private final ThreadLocal<int[]> slotScratch = new ThreadLocal<>();
    /** Sink for the first pass's reads, so the compiler cannot drop them. */
    @SuppressWarnings("unused")
    private volatile int touches;

    public SubscriptionIndex(MatchEngine engine) {
        this.engine = engine;
    }

    /** Adds or replaces a subscription. */
    public void put(PartnerProfile profile) {
        MatchEngine.PreparedPartner prepared = engine.prepare(profile);
        long stamp = lock.writeLock();
        try {
            removeLocked(profile.id());
            int slot = freeSlots.isEmpty() ? highWater++ : freeSlots.remove(freeSlots.size() - 1);
            if (slot >= slots.length) {
                grow(slots.length * 2);
            }
            slots[slot] = prepared;
            if (prepared.codes.length <= BLOCK) {
                System.arraycopy(prepared.codes, 0, pool, slot * BLOCK, prepared.codes.length);
            } else {
                pool[slot * BLOCK] = -1;
            }
            slotById.put(profile.id(), slot);
            modes.add(slot, profile.modes(), words);
            sectors.add(slot, profile.sectors(), words);
            countries.add(slot, profile.countries(), words);
            kinds.add(slot, Set.of(profile.kind().name()), words);
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /** Removes a subscription (cancelled, paused); unknown ids are ignored. */
    public void remove(String id) {
        long stamp = lock.writeLock();
        try {
            removeLocked(id);
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    public int size() {
        long stamp = lock.readLock();
        try {
            return slotById.size();
        } finally {
            lock.unlockRead(stamp);
        }
    }

    public boolean contains(String id) {
        long stamp = lock.readLock();
        try {
            return slotById.containsKey(id);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /**
     * Every subscription matching the need with a score at or above its minimum, in no particular
     * order (callers that show a list sort it; {@link ScoredMatch#sorted} does).
     */
    public List<ScoredMatch> match(NeedProfile need) {
        MatchEngine.PreparedNeed prepared = engine.prepare(need);
        List<String> sectorKeys = new ArrayList<>();
        for (String sector : need.sectors()) {
            sectorKeys.addAll(engine.sectors().related(sector));
        }
        List<String> kindKeys = need.partnerKinds().stream().map(Enum::name).toList();
        List<ScoredMatch> matches = new ArrayList<>(256);
        long stamp = lock.readLock();
        try {
            long[][] buffers = buffers();
            long[] candidates = buffers[0];
            long[] union = buffers[1];
            modes.union(need.modes(), union, words);
            System.arraycopy(union, 0, candidates, 0, words);
            sectors.union(sectorKeys, union, words);
            and(candidates, union, words);
            countries.union(need.countries(), union, words);
            and(candidates, union, words);
            kinds.unionWithoutAny(kindKeys, union, words);
            and(candidates, union, words);
            // Two passes: the first only lists the candidates and touches their blocks, a short loop whose
            // memory reads overlap; the second scores them from cache. One pass waits on each read in turn.
            int[] found = candidateSlots(words * 64);
            int count = 0;
            int touched = 0;
            for (int w = 0; w < words; w++) {
                long bits = candidates[w];
                while (bits != 0) {
                    int slot = (w << 6) + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    found[count++] = slot;
                    touched += pool[slot * BLOCK];
                }
            }
            touches += touched;
            for (int i = 0; i < count; i++) {
                int slot = found[i];
                MatchEngine.PreparedPartner partner = slots[slot];
                int block = slot * BLOCK;
                boolean pooled = pool[block] >= 0;
                int[] codes = pooled ? pool : partner.codes;
                int at = pooled ? block : 0;
                if ((codes[at + 1] >>> 16) != 0 && !partner.overlaps(need)) {
                    continue;
                }
                ScoredMatch match = engine.score(prepared, partner, codes, at);
                if (match != null) {
                    matches.add(match);
                }
            }
        } finally {
            lock.unlockRead(stamp);
        }
        return matches;
    }

    /** The prepared subscriptions, for the exhaustive oracle in tests and benchmarks. */
    public List<MatchEngine.PreparedPartner> all() {
        long stamp = lock.readLock();
        try {
            return slotById.values().stream().map(slot -> slots[slot]).toList();
        } finally {
            lock.unlockRead(stamp);
        }
    }

    private long[][] buffers() {
        long[][] buffers = scratch.get();
        if (buffers == null || buffers[0].length < words) {
            buffers = new long[][] {new long[words], new long[words]};
            scratch.set(buffers);
        }
        return buffers;
    }

    private int[] candidateSlots(int capacity) {
        int[] slotsFound = slotScratch.get();
        if (slotsFound == null || slotsFound.length < capacity) {
            slotsFound = new int[capacity];
            slotScratch.set(slotsFound);
        }
        return slotsFound;
    }

    private void removeLocked(String id) {
        Integer slot = slotById.remove(id);
        if (slot == null) {
            return;
        }
        MatchEngine.PreparedPartner old = slots[slot];
        modes.clear(slot, old.profile.modes());
        sectors.clear(slot, old.profile.sectors());
        countries.clear(slot, old.profile.countries());
        kinds.clear(slot, Set.of(old.profile.kind().name()));
        slots[slot] = null;
        freeSlots.add(slot);
    }

    private void grow(int capacity) {
        slots = Arrays.copyOf(slots, capacity);
        pool = Arrays.copyOf(pool, capacity * BLOCK);
        words = capacity / 64;
        modes.grow(words);
        sectors.grow(words);
        countries.grow(words);
        kinds.grow(words);
    }

    private static void and(long[] into, long[] other, int words) {
        for (int i = 0; i < words; i++) {
            into[i] &= other[i];
        }
    }

    /** The bitmaps of one criterion: one per value, and one for "accepts any value". */
    private static final class Dimension {
        private final Map<String, long[]> byValue = new HashMap<>();
        private long[] any = new long[INITIAL_SLOTS / 64];

        void add(int slot, Set<String> values, int words) {
            if (values.isEmpty()) {
                set(any, slot);
                return;
            }
            for (String value : values) {
                set(byValue.computeIfAbsent(value, v -> new long[words]), slot);
            }
        }

        void clear(int slot, Set<String> values) {
            if (values.isEmpty()) {
                any[slot >> 6] &= ~(1L << slot);
                return;
            }
            for (String value : values) {
                long[] bits = byValue.get(value);
                if (bits != null) {
                    bits[slot >> 6] &= ~(1L << slot);
                }
            }
        }

        /** {@code into} := the "any" bitmap OR the bitmaps of {@code keys}. */
        void union(Iterable<String> keys, long[] into, int words) {
            System.arraycopy(any, 0, into, 0, words);
            or(keys, into, words);
        }

        void unionWithoutAny(Iterable<String> keys, long[] into, int words) {
            Arrays.fill(into, 0, words, 0L);
            or(keys, into, words);
        }

        private void or(Iterable<String> keys, long[] into, int words) {
            for (String key : keys) {
                long[] bits = byValue.get(key);
                if (bits != null) {
                    for (int i = 0; i < words; i++) {
                        into[i] |= bits[i];
                    }
                }
            }
        }

        void grow(int words) {
            any = Arrays.copyOf(any, words);
            byValue.replaceAll((value, bits) -> Arrays.copyOf(bits, words));
        }

        private static void set(long[] bits, int slot) {
            bits[slot >> 6] |= 1L << slot;
        }
    }
}
