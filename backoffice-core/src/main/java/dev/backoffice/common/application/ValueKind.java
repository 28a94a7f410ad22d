package dev.backoffice.common.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a value of a command is, as the checks of every command walk it, decided once per class.
 * Asking {@code instanceof} of an interface a class does not implement ({@code value instanceof Map}
 * for a {@code UUID}) is slow on Java 17 (the JIT's negative answer scans the class's interfaces each
 * time, about 15 ns a question); a class's kind is looked up once instead.
 */
enum ValueKind {
    /** A {@link CharSequence}. */
    TEXT,
    /** A {@link LocalDate} or {@link YearMonth}. */
    DAY,
    /** A {@link List}. */
    LIST,
    /** A {@link Collection} that is not a list. */
    COLLECTION,
    /** A {@link Map}. */
    MAP,
    /** An {@link Iterable} that is no collection, an {@link Optional} or an array. */
    OTHER_CONTAINER,
    /** A record of the library. */
    LIBRARY_RECORD,
    /** Anything else: numbers, identifiers, money, enumerations. */
    OTHER;

    private static final String PACKAGE = "dev.backoffice.";

    private static final ClassValue<ValueKind> KINDS = new ClassValue<>() {
        @Override
        protected ValueKind computeValue(Class<?> type) {
            if (CharSequence.class.isAssignableFrom(type)) {
                return TEXT;
            }
            if (type == LocalDate.class || type == YearMonth.class) {
                return DAY;
            }
            if (List.class.isAssignableFrom(type)) {
                return LIST;
            }
            if (Collection.class.isAssignableFrom(type)) {
                return COLLECTION;
            }
            if (Map.class.isAssignableFrom(type)) {
                return MAP;
            }
            if (Iterable.class.isAssignableFrom(type) || type == Optional.class || type.isArray()) {
                return OTHER_CONTAINER;
            }
            if (type.isRecord() && type.getName().startsWith(PACKAGE)) {
                return LIBRARY_RECORD;
            }
            return OTHER;
        }
    };

    /**
     * {@return the kind of the value}
     *
     * @param value not null
     */
    static ValueKind of(Object value) {
        return KINDS.get(value.getClass());
    }

    /**
     * {@return the kind of the values of a class}
     *
     * @param type the class
     */
    static ValueKind ofClass(Class<?> type) {
        return KINDS.get(type);
    }
}
