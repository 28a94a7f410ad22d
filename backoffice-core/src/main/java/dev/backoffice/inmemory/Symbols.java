package dev.backoffice.inmemory;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers for the few distinct values of a column of a table (tenants, accounts, currencies,
 * actors, audit actions), so that the table stores a {@code long} per row instead of a reference
 * (see {@link Columns}). 0 stands for null; a value keeps its number for good, even when the rows
 * that used it are rolled back. Not for values that are new with most rows (descriptions): each
 * distinct value costs a map entry. Not thread-safe; used under the store's lock.
 *
 * @param <T> the type of the values
 */
final class Symbols<T> {

    /**
     * The values' numbers in an open-addressing table: {@code keys[i]} has number {@code numbers[i]},
     * found by linear probing from its hash, the table at most half full. A look-up reads the key and
     * its number side by side, where a {@code HashMap} reads a node and a boxed number besides (these
     * look-ups of the account ids of every line were 5 % of an in-memory posting's time).
     */
    private Object[] keys = new Object[16];
    private int[] numbers = new int[16];
    private final List<T> values = new ArrayList<>();

    /** The value last numbered and its number: most rows repeat the very same object (a tenant, an actor). */
    private T last;
    private int lastNumber;

    /** {@return the value's number, given one now when it is new; 0 for null} */
    int numberOf(T value) {
        if (value == null) {
            return 0;
        }
        if (value == last) {
            return lastNumber;
        }
        int number = lookUp(value);
        if (number == 0) {
            values.add(value);
            number = values.size();
            if (number * 2 > keys.length) {
                grow();
            } else {
                put(keys, numbers, value, number);
            }
        }
        last = value;
        lastNumber = number;
        return number;
    }

    /** {@return the value's number, or -1 when it has none (no row holds it)} */
    int find(T value) {
        if (value == null) {
            return 0;
        }
        int number = lookUp(value);
        return number == 0 ? -1 : number;
    }

    /** {@return the value of a number; null for 0} */
    T valueOf(long number) {
        return number == 0 ? null : values.get((int) number - 1);
    }

    /** {@return the number of a value, 0 when it has none} */
    private int lookUp(Object value) {
        Object[] table = keys;
        int mask = table.length - 1;
        for (int i = slot(value, mask); ; i = (i + 1) & mask) {
            Object key = table[i];
            if (key == null) {
                return 0;
            }
            if (key == value || key.equals(value)) {
                return numbers[i];
            }
        }
    }

    /** Doubles the table and enters every value again, the newest included. */
    private void grow() {
        Object[] grownKeys = new Object[keys.length * 2];
        int[] grownNumbers = new int[grownKeys.length];
        for (int i = 0; i < values.size(); i++) {
            put(grownKeys, grownNumbers, values.get(i), i + 1);
        }
        keys = grownKeys;
        numbers = grownNumbers;
    }

    private static void put(Object[] table, int[] numbers, Object value, int number) {
        int mask = table.length - 1;
        int i = slot(value, mask);
        while (table[i] != null) {
            i = (i + 1) & mask;
        }
        table[i] = value;
        numbers[i] = number;
    }

    private static int slot(Object value, int mask) {
        int hash = value.hashCode();
        return (hash ^ (hash >>> 16)) & mask;
    }
}
