package dev.backoffice.inmemory;

import java.util.UUID;

/**
 * A map from UUIDs to row numbers without an object per key, in two parts.
 *
 * <p><b>Keys in increasing order</b> (the library's ids are time-ordered UUIDv7, so nearly every
 * new id is greater than the last) are appended to a sorted run, three longs a key in
 * {@link Columns}, and found by binary search. Adding such a key writes the next slot of the run,
 * where a hashed insert writes a random slot of a table far larger than the caches (a cache miss
 * per key: a fifth of the time of a batch of postings), and the run's full chunks are never copied
 * by a young collection (see {@link Columns}).
 *
 * <p><b>Other keys</b> (an id from a host's own generator, a draft's id posted later) go to a hash
 * table: open addressing with linear probing over arrays of the keys' two halves, split into
 * {@value #SEGMENTS} segments by hash so that growing rehashes one segment, never the whole index
 * at once. The segments are made when the first such key comes.
 *
 * <p>A key removed from the middle of the run stays there marked removed; one removed from its end
 * (the undo of the last additions, in reverse order) shortens it. Not thread-safe; the in-memory
 * adapters use it under the store's lock.
 */
final class UuidIndex {

    private static final int SEGMENTS = 256;
    private static final int SEGMENT_SHIFT = Long.SIZE - Integer.numberOfTrailingZeros(SEGMENTS);
    private static final int HIGH = 0;
    private static final int LOW = 1;
    private static final int ROW = 2;
    /** The row of a key removed from the middle of the run. */
    private static final long REMOVED = -1;

    /** The run of keys added in increasing order: high half, low half (compared unsigned), row. */
    private final Columns.Longs run = new Columns.Longs(3);
    private int runSize;
    private Segment[] segments;
    /** The greatest key ever hashed (it may have gone since): a key above it is not in the hash table. */
    private long hashedHigh;
    private long hashedLow;

    /** {@return the row of the UUID, or -1 when it is not in the index} */
    int get(UUID key) {
        long high = key.getMostSignificantBits();
        long low = key.getLeastSignificantBits();
        if (segments != null) {
            long hash = hash(high, low);
            int row = segments[(int) (hash >>> SEGMENT_SHIFT)].get(high, low, hash);
            if (row >= 0) {
                return row;
            }
        }
        int at = find(high, low);
        return at < 0 ? -1 : (int) run.get(at, ROW);
    }

    /**
     * Adds the UUID with its row unless it is there already.
     *
     * @return true when added, false when the UUID was in the index (which is unchanged)
     */
    boolean putIfAbsent(UUID key, int row) {
        long high = key.getMostSignificantBits();
        long low = key.getLeastSignificantBits();
        if ((runSize == 0 || compare(high, low, run.get(runSize - 1, HIGH), run.get(runSize - 1, LOW)) > 0)
                && (segments == null || compare(high, low, hashedHigh, hashedLow) > 0 || get(key) < 0)) {
            // greater than every key of the run, and not hashed: the run's next key
            run.set(runSize, HIGH, high);
            run.set(runSize, LOW, low);
            run.set(runSize, ROW, row);
            runSize++;
            return true;
        }
        int at = find(high, low);
        if (at >= 0 && run.get(at, ROW) != REMOVED) {
            return false;
        }
        if (segments == null) {
            segments = new Segment[SEGMENTS];
            for (int i = 0; i < SEGMENTS; i++) {
                segments[i] = new Segment();
            }
        }
        if (compare(high, low, hashedHigh, hashedLow) > 0) {
            hashedHigh = high;
            hashedLow = low;
        }
        long hash = hash(high, low);
        return segments[(int) (hash >>> SEGMENT_SHIFT)].putIfAbsent(high, low, hash, row);
    }

    /** Removes the UUID, if it is there. */
    void remove(UUID key) {
        long high = key.getMostSignificantBits();
        long low = key.getLeastSignificantBits();
        if (segments != null) {
            long hash = hash(high, low);
            if (segments[(int) (hash >>> SEGMENT_SHIFT)].remove(high, low, hash)) {
                return;
            }
        }
        int at = find(high, low);
        if (at == runSize - 1) {
            runSize--;
        } else if (at >= 0) {
            run.set(at, ROW, REMOVED);
        }
    }

    /** {@return the place of the key in the run (perhaps marked removed), or -1} */
    private int find(long high, long low) {
        int from = 0;
        int to = runSize - 1;
        while (from <= to) {
            int middle = (from + to) >>> 1;
            int order = compare(run.get(middle, HIGH), run.get(middle, LOW), high, low);
            if (order < 0) {
                from = middle + 1;
            } else if (order > 0) {
                to = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    private static int compare(long high, long low, long otherHigh, long otherLow) {
        int order = Long.compareUnsigned(high, otherHigh);
        return order != 0 ? order : Long.compareUnsigned(low, otherLow);
    }

    /** The finalizer of MurmurHash3 over both halves: time-ordered UUIDs spread as well as random ones. */
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

        /** Removes a key and shifts back the keys after it that probed past its slot (no tombstones); false when absent. */
        boolean remove(long high, long low, long hash) {
            int mask = capacity - 1;
            int slot = home(hash);
            while (slots[slot * 3 + 2] != 0 && (slots[slot * 3] != high || slots[slot * 3 + 1] != low)) {
                slot = (slot + 1) & mask;
            }
            if (slots[slot * 3 + 2] == 0) {
                return false;
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
            return true;
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
