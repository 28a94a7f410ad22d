package dev.backoffice.inmemory;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * The columns of a table kept in memory as chunks of arrays, for stores that only grow (the journal,
 * the audit trail). A stored row is a slot in a few arrays, not objects of its own: the garbage
 * collector copies and scans nothing per row, and the heap holds a million entries in a fraction of
 * what their objects would take. Chunks double in size (16 rows, then 32, 64...) up to
 * {@link #MAX_DOUBLING_BYTES} (or half of {@link #MAX_CHUNK_BYTES}, if less), then every chunk takes
 * as many rows as fit in {@link #MAX_CHUNK_BYTES}, so a small table stays small, appending never
 * copies what is stored, and no pause grows with the table.
 *
 * <p>On G1 (the JVM's default collector) {@link #MAX_CHUNK_BYTES} is the heap region size less an
 * array header: a full chunk is then a humongous object of exactly one region, which G1 allocates
 * straight into the old generation. A young collection never copies it, where a smaller chunk would
 * be copied into a survivor space and again into the old generation: with chunks of 256 KB the
 * young pauses of a store growing by half a million entries a second copied about 100 MB of rows
 * each (P2 in docs/benchmarks.md). A chunk of one region needs no run of free regions in one piece,
 * and its tail wastes less than one row. Other collectors take chunks of that size as any large array.
 *
 * <p>Tables keep their values in {@link Longs} where they can (numbers, {@link Symbols} for the
 * few distinct values of a column, {@link Texts} for text): a reference stored into a large, old
 * array costs the garbage collector a card to refine and scan, which {@link Refs} keeps for values
 * that are rare (mostly null). Columns know nothing of the number of rows: their table keeps it.
 * They are not thread-safe; the in-memory adapters use them under the store's lock.
 */
final class Columns {

    /** The rows of the first chunk, as a power of two. */
    private static final int FIRST_CHUNK_SHIFT = 4;
    /** The smallest and the largest heap region G1 picks by itself. */
    private static final long MIN_REGION = 1 << 20;
    private static final long MAX_REGION = 32 << 20;
    /**
     * The most bytes of a doubling chunk. Those are young objects, which every young collection
     * copies until they are old enough to be promoted: with chunks doubling up to half a region, each
     * table's doubling chunks (a region's worth) were copied at every pause of a store's first
     * seconds, beside the batch in flight (P2 in docs/benchmarks.md). Past this size a table takes
     * whole-region chunks at once: at most one region less a row unused per table.
     */
    private static final int MAX_DOUBLING_BYTES = 64 << 10;
    /** Room left in a region for the array's header (16 bytes, 24 without compressed class pointers). */
    private static final int HEADER_ROOM = 64;
    /** The most bytes of one chunk: a G1 heap region less {@link #HEADER_ROOM} (see {@link #maxChunkBytes}). */
    static final int MAX_CHUNK_BYTES = maxChunkBytes();

    private Columns() {
    }

    /**
     * The heap region size G1 picks for this heap unless told otherwise (the maximum heap size over
     * 2,048, rounded up to a power of two, from 1 MB to 32 MB, as HotSpot's
     * {@code HeapRegion::setup_heap_region_size} does), less {@link #HEADER_ROOM}. Read from the heap
     * size alone, with no management interface; where the guess is wrong nothing breaks: a chunk
     * under half a region is an ordinary young object (copied, as any chunk was before), one over a
     * region takes a run of whole regions.
     */
    private static int maxChunkBytes() {
        long perRegion = Math.max(Runtime.getRuntime().maxMemory() / 2048, MIN_REGION);
        long region = Math.min(Long.highestOneBit(perRegion - 1) << 1, MAX_REGION);
        return (int) region - HEADER_ROOM;
    }

    /** {@return two {@code int}s in one {@code long} value, for tables that pack small numbers} */
    static long pair(int high, int low) {
        return (long) high << 32 | (low & 0xFFFF_FFFFL);
    }

    /** {@return the high {@code int} of a {@link #pair}} */
    static int high(long pair) {
        return (int) (pair >>> 32);
    }

    /** {@return the low {@code int} of a {@link #pair}} */
    static int low(long pair) {
        return (int) pair;
    }

    /**
     * {@code n / d} for {@code 0 <= n < 2^31} by a multiplication and a shift instead of a division (a
     * few cycles instead of tens, on every access of a row): with {@code l = ceil(log2 d)} and
     * {@code m = floor(2^(31+l) / d) + 1}, {@code floor(n * m / 2^(31+l))} is exact for every such
     * {@code n} (Granlund and Montgomery, "Division by invariant integers using multiplication",
     * 1994, theorem 4.2), and {@code n * m < 2^63} fits a {@code long}.
     */
    static int divide(int n, long reciprocal, int shift) {
        return (int) ((n * reciprocal) >>> shift);
    }

    /** {@return the shift of {@link #divide} by {@code d}, from 1 to 2^31 - 1} */
    static int reciprocalShift(int d) {
        return 31 + (32 - Integer.numberOfLeadingZeros(d - 1));
    }

    /** {@return the multiplier of {@link #divide} by {@code d}} */
    static long reciprocal(int d) {
        return (1L << reciprocalShift(d)) / d + 1;
    }

    /**
     * The chunks of one kind of array, made when a row first needs them: chunk {@code c} holds 16 ×
     * 2^c rows up to the largest power of two that fits in {@link #MAX_DOUBLING_BYTES} and in half the
     * most bytes of a chunk, and every chunk after those holds as many rows as fit in the most bytes
     * of a chunk.
     *
     * @param <A> the array type
     */
    private static class Chunks<A> {
        final int width;
        private final IntFunction<A> newArray;
        /** The rows of the largest doubling chunk, as a power of two. */
        private final int maxShift;
        /** How many chunks double in size, and the rows they hold together. */
        private final int doublingChunks;
        private final int doublingRows;
        /** The rows of each chunk after the doubling ones. */
        private final int fullRows;
        /** {@link #fullRows} as a multiplier and shift that divide by it (see {@link Columns#divide}). */
        private final long fullRowsReciprocal;
        private final int fullRowsShift;
        private Object[] chunks = new Object[4];

        Chunks(int width, int elementBytes, int maxChunkBytes, IntFunction<A> newArray) {
            this.width = width;
            this.newArray = newArray;
            fullRows = Math.max(2 << FIRST_CHUNK_SHIFT, maxChunkBytes / (width * elementBytes));
            int doublingLimit = Math.min(fullRows >>> 1, MAX_DOUBLING_BYTES / (width * elementBytes));
            maxShift = Math.max(FIRST_CHUNK_SHIFT, 31 - Integer.numberOfLeadingZeros(Math.max(1, doublingLimit)));
            doublingChunks = maxShift - FIRST_CHUNK_SHIFT + 1;
            doublingRows = (1 << (maxShift + 1)) - (1 << FIRST_CHUNK_SHIFT);
            fullRowsShift = reciprocalShift(fullRows);
            fullRowsReciprocal = reciprocal(fullRows);
        }

        /** {@return the chunk that holds the row} */
        final int chunkOf(int row) {
            return row < doublingRows
                    ? 31 - Integer.numberOfLeadingZeros((row >>> FIRST_CHUNK_SHIFT) + 1)
                    : doublingChunks + divide(row - doublingRows, fullRowsReciprocal, fullRowsShift);
        }

        /** {@return the row's place in its chunk} */
        final int offsetOf(int row, int chunk) {
            return chunk < doublingChunks
                    ? row - (((1 << chunk) - 1) << FIRST_CHUNK_SHIFT)
                    : row - doublingRows - (chunk - doublingChunks) * fullRows;
        }

        /** {@return the number of rows the chunk holds} */
        final int chunkSize(int chunk) {
            return chunk < doublingChunks ? 1 << (chunk + FIRST_CHUNK_SHIFT) : fullRows;
        }

        @SuppressWarnings("unchecked")
        final A reading(int chunk) {
            return (A) chunks[chunk];
        }

        final boolean exists(int chunk) {
            return chunk < chunks.length && chunks[chunk] != null;
        }

        final A writing(int chunk) {
            if (chunk >= chunks.length) {
                chunks = Arrays.copyOf(chunks, Math.max(chunk + 1, chunks.length * 2));
            }
            A values = reading(chunk);
            if (values == null) {
                values = newArray.apply(chunkSize(chunk) * width);
                chunks[chunk] = values;
            }
            return values;
        }
    }

    /**
     * {@code long} columns of the same rows, a row's values side by side in one array (a row is
     * written and read in one or two cache lines, not one per column); unset values read 0.
     */
    static final class Longs extends Chunks<long[]> {

        /** @param width the number of columns */
        Longs(int width) {
            this(width, MAX_CHUNK_BYTES);
        }

        /** Columns whose chunks take at most {@code maxChunkBytes} (tests). */
        Longs(int width, int maxChunkBytes) {
            super(width, Long.BYTES, maxChunkBytes, long[]::new);
        }

        long get(int row, int column) {
            int chunk = chunkOf(row);
            return reading(chunk)[offsetOf(row, chunk) * width + column];
        }

        void set(int row, int column, long value) {
            int chunk = chunkOf(row);
            writing(chunk)[offsetOf(row, chunk) * width + column] = value;
        }

        /**
         * {@return the array that holds the row's values, made if needed} Column {@code c} of the row
         * is at {@link #start}{@code (row) + c}: a table that writes a whole row finds its place once,
         * not once per column.
         */
        long[] arrayForWriting(int row) {
            return writing(chunkOf(row));
        }

        /** {@return the index of the row's first value in the array that holds it} */
        int start(int row) {
            return offsetOf(row, chunkOf(row)) * width;
        }
    }

    /** One column of characters, for {@link Texts}; unset characters read 0. */
    static final class Chars extends Chunks<char[]> {

        Chars() {
            this(MAX_CHUNK_BYTES);
        }

        /** A column whose chunks take at most {@code maxChunkBytes} (tests). */
        Chars(int maxChunkBytes) {
            super(1, Character.BYTES, maxChunkBytes, char[]::new);
        }

        char get(int index) {
            int chunk = chunkOf(index);
            return reading(chunk)[offsetOf(index, chunk)];
        }

        /** Writes the text's characters from {@code index} on, a chunk's share at a time. */
        void write(int index, String text) {
            for (int done = 0; done < text.length(); ) {
                int chunk = chunkOf(index + done);
                int offset = offsetOf(index + done, chunk);
                int part = Math.min(text.length() - done, chunkSize(chunk) - offset);
                text.getChars(done, done + part, writing(chunk), offset);
                done += part;
            }
        }

        /** Reads {@code into.length} characters from {@code index} on. */
        void read(int index, char[] into) {
            for (int done = 0; done < into.length; ) {
                int chunk = chunkOf(index + done);
                int offset = offsetOf(index + done, chunk);
                int part = Math.min(into.length - done, chunkSize(chunk) - offset);
                System.arraycopy(reading(chunk), offset, into, done, part);
                done += part;
            }
        }
    }

    /**
     * Reference columns of the same rows, side by side like {@link Longs}; unset values read null.
     * For values that are rare: every reference stored costs the garbage collector work (see above).
     * The caller knows each column's type.
     */
    static final class Refs extends Chunks<Object[]> {

        /** @param width the number of columns */
        Refs(int width) {
            super(width, Integer.BYTES, MAX_CHUNK_BYTES, Object[]::new);
        }

        @SuppressWarnings("unchecked")
        <T> T get(int row, int column) {
            int chunk = chunkOf(row);
            if (!exists(chunk)) {
                return null; // nothing but nulls was set in the chunk's rows
            }
            return (T) reading(chunk)[offsetOf(row, chunk) * width + column];
        }

        void set(int row, int column, Object value) {
            int chunk = chunkOf(row);
            if (value == null && !exists(chunk)) {
                return; // reads null already: a column that stays null takes no memory
            }
            writing(chunk)[offsetOf(row, chunk) * width + column] = value;
        }
    }
}
