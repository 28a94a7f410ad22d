package dev.backoffice.inmemory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private final Map<T, Integer> numbers = new HashMap<>();
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
        Integer number = numbers.get(value);
        if (number == null) {
            values.add(value);
            number = values.size();
            numbers.put(value, number);
        }
        last = value;
        lastNumber = number;
        return number;
    }

    /** {@return the value's number, or -1 when it has none (no row holds it)} */
    int find(T value) {
        Integer number = value == null ? Integer.valueOf(0) : numbers.get(value);
        return number == null ? -1 : number;
    }

    /** {@return the value of a number; null for 0} */
    T valueOf(long number) {
        return number == 0 ? null : values.get((int) number - 1);
    }
}
