package dev.backoffice.inmemory;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * The columns of a table kept in memory as chunks of arrays, for stores that only grow (the journal,
 * the audit trail). A stored row is a slot in a few arrays, not objects of its own: the garbage
 * collector copies and scans nothing per row, and the heap holds a million entries in a fraction of
 * what their objects would take. Chunks double in size (16 rows, then 32, 64...) up to 256 KB, so a
 * small table stays small, appending never copies what is stored, and no pause grows with the table.
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
    /**
     * The most bytes of one chunk: small enough that no chunk is a humongous object for G1 (half a
     * region of 1 MB or more), so a large table never needs a run of free regions in one piece.
     */
    private static final int MAX_CHUNK_BYTES = 256 * 1024;

    private Columns() {
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
     * The chunks of one kind of array, made when a row first needs them: chunk {@code c} holds 16 ×
     * 2^c rows up to the largest size under {@value #MAX_CHUNK_BYTES} bytes, and every chunk after
     * that holds as many.
     *
     * @param <A> the array type
     */
    private static class Chunks<A> {
        final int width;
        private final IntFunction<A> newArray;
        /** The rows of the largest chunk, as a power of two. */
        private final int maxShift;
        /** How many chunks double in size, and the rows they hold together. */
        private final int doublingChunks;
        private final int doublingRows;
        private Object[] chunks = new Object[4];

        Chunks(int width, int elementBytes, IntFunction<A> newArray) {
            this.width = width;
            this.newArray = newArray;
            int largest = Integer.highestOneBit(Math.max(1 << FIRST_CHUNK_SHIFT, MAX_CHUNK_BYTES / (width * elementBytes)));
            maxShift = Integer.numberOfTrailingZeros(largest);
            doublingChunks = maxShift - FIRST_CHUNK_SHIFT + 1;
            doublingRows = (1 << (maxShift + 1)) - (1 << FIRST_CHUNK_SHIFT);
        }

        /** {@return the chunk that holds the row} */
        final int chunkOf(int row) {
            return row < doublingRows
                    ? 31 - Integer.numberOfLeadingZeros((row >>> FIRST_CHUNK_SHIFT) + 1)
                    : doublingChunks + ((row - doublingRows) >>> maxShift);
        }

        /** {@return the row's place in its chunk} */
        final int offsetOf(int row, int chunk) {
            return chunk < doublingChunks
                    ? row - (((1 << chunk) - 1) << FIRST_CHUNK_SHIFT)
                    : (row - doublingRows) & ((1 << maxShift) - 1);
        }

        /** {@return the number of rows the chunk holds} */
        final int chunkSize(int chunk) {
            return 1 << Math.min(chunk + FIRST_CHUNK_SHIFT, maxShift);
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
            super(width, Long.BYTES, long[]::new);
        }

        long get(int row, int column) {
            int chunk = chunkOf(row);
            return reading(chunk)[offsetOf(row, chunk) * width + column];
        }

        void set(int row, int column, long value) {
            int chunk = chunkOf(row);
            writing(chunk)[offsetOf(row, chunk) * width + column] = value;
        }
    }

    /** One column of characters, for {@link Texts}; unset characters read 0. */
    static final class Chars extends Chunks<char[]> {

        Chars() {
            super(1, Character.BYTES, char[]::new);
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
            super(width, Integer.BYTES, Object[]::new);
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
