package dev.backoffice.inmemory;

import java.util.Arrays;

/**
 * The columns of a table kept in memory as chunks of arrays, for stores that only grow (the journal,
 * the audit trail). A stored row is a slot in a few arrays, not objects of its own: the garbage
 * collector copies and scans nothing per row, and the heap holds a million entries in a fraction of
 * what their objects would take. Chunks double in size (16 rows, then 32, 64...), so a small table
 * stays small, appending never copies what is stored, and no pause grows with the table.
 *
 * <p>Columns know nothing of the number of rows: their table keeps it. They are not thread-safe;
 * the in-memory adapters use them under the store's lock.
 */
final class Columns {

    /** The rows of the first chunk, as a power of two. */
    private static final int FIRST_CHUNK_SHIFT = 4;

    private Columns() {
    }

    /** {@return the chunk that holds the row: chunk {@code c} holds 16 × 2^c rows} */
    static int chunkOf(int row) {
        return 31 - Integer.numberOfLeadingZeros((row >>> FIRST_CHUNK_SHIFT) + 1);
    }

    /** {@return the row's place in its chunk} */
    static int offsetOf(int row, int chunk) {
        return row - (((1 << chunk) - 1) << FIRST_CHUNK_SHIFT);
    }

    /** {@return the number of rows chunk {@code c} holds} */
    static int chunkSize(int chunk) {
        return 1 << (chunk + FIRST_CHUNK_SHIFT);
    }

    /**
     * {@code long} columns of the same rows, a row's values side by side in one array (a row is
     * written and read in one or two cache lines, not one per column); unset values read 0.
     */
    static final class Longs {
        private final int width;
        private long[][] chunks = new long[4][];

        /** @param width the number of columns */
        Longs(int width) {
            this.width = width;
        }

        long get(int row, int column) {
            int chunk = chunkOf(row);
            return chunks[chunk][offsetOf(row, chunk) * width + column];
        }

        void set(int row, int column, long value) {
            int chunk = chunkOf(row);
            if (chunk >= chunks.length) {
                chunks = Arrays.copyOf(chunks, chunk + 4);
            }
            long[] values = chunks[chunk];
            if (values == null) {
                values = new long[chunkSize(chunk) * width];
                chunks[chunk] = values;
            }
            values[offsetOf(row, chunk) * width + column] = value;
        }
    }

    /**
     * Reference columns of the same rows, side by side like {@link Longs}; unset values read null.
     * Values should be shared or long-lived objects (ids, strings of the caller): the point of a
     * table is to hold no object per row. The caller knows each column's type.
     */
    static final class Refs {
        private final int width;
        private Object[][] chunks = new Object[4][];

        /** @param width the number of columns */
        Refs(int width) {
            this.width = width;
        }

        @SuppressWarnings("unchecked")
        <T> T get(int row, int column) {
            int chunk = chunkOf(row);
            return (T) chunks[chunk][offsetOf(row, chunk) * width + column];
        }

        void set(int row, int column, Object value) {
            int chunk = chunkOf(row);
            if (chunk >= chunks.length) {
                chunks = Arrays.copyOf(chunks, chunk + 4);
            }
            Object[] values = chunks[chunk];
            if (values == null) {
                values = new Object[chunkSize(chunk) * width];
                chunks[chunk] = values;
            }
            values[offsetOf(row, chunk) * width + column] = value;
        }
    }
}
