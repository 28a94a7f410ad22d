package dev.backoffice.inmemory;

import java.util.UUID;

/**
 * A map from UUIDs to row numbers without an object per key: open addressing with linear probing
 * over arrays of the keys' two halves, split into {@value #SEGMENTS} segments by hash so that growing
 * rehashes one segment (a 64th of the keys), never the whole index at once. Not thread-safe; the
 * in-memory adapters use it under the store's lock.
 */
final class UuidIndex {

    private static final int SEGMENTS = 256;
    private static final int SEGMENT_SHIFT = Long.SIZE - Integer.numberOfTrailingZeros(SEGMENTS);

    private final Segment[] segments = new Segment[SEGMENTS];

    UuidIndex() {
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new Segment();
        }
    }

    /** {@return the row of the UUID, or -1 when it is not in the index} */
    int get(UUID key) {
        long hash = hash(key);
        return segments[(int) (hash >>> SEGMENT_SHIFT)].get(key.getMostSignificantBits(), key.getLeastSignificantBits(), hash);
    }

    /**
     * Adds the UUID with its row unless it is there already.
     *
     * @return true when added, false when the UUID was in the index (which is unchanged)
     */
    boolean putIfAbsent(UUID key, int row) {
        long hash = hash(key);
        return segments[(int) (hash >>> SEGMENT_SHIFT)]
                .putIfAbsent(key.getMostSignificantBits(), key.getLeastSignificantBits(), hash, row);
    }

    /** Removes the UUID, if it is there. */
    void remove(UUID key) {
        long hash = hash(key);
        segments[(int) (hash >>> SEGMENT_SHIFT)].remove(key.getMostSignificantBits(), key.getLeastSignificantBits(), hash);
    }

    /** The finalizer of MurmurHash3 over both halves: time-ordered UUIDs spread as well as random ones. */
    private static long hash(UUID key) {
        return hash(key.getMostSignificantBits(), key.getLeastSignificantBits());
    }

    private static long hash(long high, long low) {
        long h = high * 0x9E3779B97F4A7C15L ^ low;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /**
     * One segment: a slot is three longs side by side (one cache line holds a probe), the key's
     * halves and its row + 1, so that 0 marks a free slot.
     */
    private static final class Segment {
        private long[] slots = new long[16 * 3];
        private int capacity = 16;
        private int size;

        private int home(long hash) {
            return (int) hash & (capacity - 1);
        }

        int get(long high, long low, long hash) {
            int mask = capacity - 1;
            for (int slot = home(hash); slots[slot * 3 + 2] != 0; slot = (slot + 1) & mask) {
                if (slots[slot * 3] == high && slots[slot * 3 + 1] == low) {
                    return (int) slots[slot * 3 + 2] - 1;
                }
            }
            return -1;
        }

        boolean putIfAbsent(long high, long low, long hash, int row) {
            int mask = capacity - 1;
            int slot = home(hash);
            for (; slots[slot * 3 + 2] != 0; slot = (slot + 1) & mask) {
                if (slots[slot * 3] == high && slots[slot * 3 + 1] == low) {
                    return false;
                }
            }
            slots[slot * 3] = high;
            slots[slot * 3 + 1] = low;
            slots[slot * 3 + 2] = row + 1L;
            if (++size * 4 > capacity * 3) {
                grow();
            }
            return true;
        }

        /** Removes a key and shifts back the keys after it that probed past its slot (no tombstones). */
        void remove(long high, long low, long hash) {
            int mask = capacity - 1;
            int slot = home(hash);
            while (slots[slot * 3 + 2] != 0 && (slots[slot * 3] != high || slots[slot * 3 + 1] != low)) {
                slot = (slot + 1) & mask;
            }
            if (slots[slot * 3 + 2] == 0) {
                return;
            }
            int free = slot;
            for (int next = (free + 1) & mask; slots[next * 3 + 2] != 0; next = (next + 1) & mask) {
                int home = home(hash(slots[next * 3], slots[next * 3 + 1]));
                // the key at next may move to the free slot unless its home lies in (free, next]
                boolean homeBetween = free <= next ? free < home && home <= next : free < home || home <= next;
                if (!homeBetween) {
                    System.arraycopy(slots, next * 3, slots, free * 3, 3);
                    free = next;
                }
            }
            slots[free * 3 + 2] = 0;
            size--;
        }

        private void grow() {
            long[] old = slots;
            capacity *= 2;
            slots = new long[capacity * 3];
            int mask = capacity - 1;
            for (int i = 0; i < old.length; i += 3) {
                if (old[i + 2] != 0) {
                    int slot = home(hash(old[i], old[i + 1]));
                    while (slots[slot * 3 + 2] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    System.arraycopy(old, i, slots, slot * 3, 3);
                }
            }
        }
    }
}
