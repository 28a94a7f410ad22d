package dev.backoffice.common.application;

import dev.backoffice.common.ValidationException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One rule for every text of every command, in every context: no control characters other than
 * tab, line feed and carriage return. They have no place in business text, some databases refuse
 * them (PostgreSQL refuses NUL in text) and they hide in logs and reports. And one for every date
 * and month: it lies in the years 1 to 9999, which every supported database stores (PostgreSQL
 * refuses {@link LocalDate#MAX}). The check walks the command's record components, into nested
 * records of the library, lists and maps, and names each offending field by its path
 * ({@code lines[2].memo}).
 */
final class TextCheck {

    private static final String PACKAGE = "dev.backoffice.";
    private static final int MAX_DEPTH = 8;
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    /**
     * The components of a record that can hold a text or a date, judged by their declared types: a
     * component of an enumeration, a primitive, or a final class that is neither a text, a date, a
     * collection nor a record of the library (an id's {@code UUID}, {@code Money}) is never walked, so
     * the first walk does not read it at all.
     */
    private static final ClassValue<RecordComponents.Component[]> WALKED = new ClassValue<>() {
        @Override
        protected RecordComponents.Component[] computeValue(Class<?> type) {
            java.lang.reflect.RecordComponent[] declared = type.getRecordComponents();
            RecordComponents.Component[] all = RecordComponents.of(type);
            List<RecordComponents.Component> walked = new java.util.ArrayList<>();
            for (int i = 0; i < declared.length; i++) {
                if (mayHoldTextOrDate(declared[i].getType(), new java.util.HashSet<>(java.util.Set.of(type)))) {
                    walked.add(all[i]);
                }
            }
            return walked.toArray(RecordComponents.Component[]::new);
        }
    };

    private TextCheck() {
    }

    private static boolean mayHoldTextOrDate(Class<?> type, java.util.Set<Class<?>> visiting) {
        if (type.isPrimitive() || type.isEnum()) {
            return false;
        }
        if (!java.lang.reflect.Modifier.isFinal(type.getModifiers()) || type == String.class
                || type == LocalDate.class || type == YearMonth.class || Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type)) {
            return true;
        }
        if (type.isRecord() && type.getName().startsWith(PACKAGE)) {
            if (!visiting.add(type)) {
                return true;
            }
            for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
                if (mayHoldTextOrDate(component.getType(), visiting)) {
                    return true;
                }
            }
            return false;
        }
        // a final class that is no text, date, collection or record of the library is not walked
        return false;
    }

    /**
     * Adds a violation for each text with a control character in the object. The usual case, clean
     * text, is found by a first walk that builds no field path; only a command with a violation is
     * walked again to name the fields.
     */
    static void collect(Object value, String path, List<ValidationException.Violation> violations) {
        if (anyControlCharacter(value, 0)) {
            collect(value, path, violations, 0);
        }
    }

    /** {@return true when no text of the object has a control character and every date is in range} */
    static boolean clean(Object value) {
        return !anyControlCharacter(value, 0);
    }

    /**
     * {@return the components of a record of the library that this check walks (that may hold a text
     * or a date); the array is shared and not to be changed}
     *
     * @param type a record class of the library
     */
    static RecordComponents.Component[] walked(Class<?> type) {
        return WALKED.get(type);
    }

    /**
     * {@return false when the value is a text with a control character or a date out of range, true
     * for anything else (containers and records included: see {@link #clean})}
     *
     * @param value not null
     * @param kind  its kind
     */
    static boolean cleanValue(Object value, ValueKind kind) {
        if (kind == ValueKind.TEXT) {
            return !(value instanceof String text) || !hasControlCharacter(text);
        }
        return kind != ValueKind.DAY || !outOfRange(value);
    }

    private static boolean anyControlCharacter(Object value, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return false;
        }
        if (value instanceof String text) {
            return hasControlCharacter(text);
        }
        switch (ValueKind.of(value)) {
            case DAY:
                return outOfRange(value);
            case LIST:
                List<?> list = (List<?>) value;
                for (int i = 0, size = list.size(); i < size; i++) {
                    if (anyControlCharacter(list.get(i), depth + 1)) {
                        return true;
                    }
                }
                return false;
            case COLLECTION:
                for (Object element : (Collection<?>) value) {
                    if (anyControlCharacter(element, depth + 1)) {
                        return true;
                    }
                }
                return false;
            case MAP:
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    if (anyControlCharacter(entry.getKey(), depth + 1) || anyControlCharacter(entry.getValue(), depth + 1)) {
                        return true;
                    }
                }
                return false;
            case LIBRARY_RECORD:
                for (RecordComponents.Component component : WALKED.get(value.getClass())) {
                    if (anyControlCharacter(component.read().apply(value), depth + 1)) {
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }

    private static void collect(Object value, String path, List<ValidationException.Violation> violations, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof String text) {
            if (hasControlCharacter(text)) {
                violations.add(new ValidationException.Violation(path.isEmpty() ? "value" : path,
                        "must not contain control characters"));
            }
        } else if (value instanceof LocalDate || value instanceof YearMonth) {
            if (outOfRange(value)) {
                violations.add(new ValidationException.Violation(path.isEmpty() ? "value" : path,
                        "must lie in the years " + MIN_YEAR + " to " + MAX_YEAR));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path + "[" + i + "]", violations, depth + 1);
            }
        } else if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                collect(element, path + "[]", violations, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                collect(entry.getKey(), path + "<K>", violations, depth + 1);
                collect(entry.getValue(), path + "[" + entry.getKey() + "]", violations, depth + 1);
            }
        } else if (value instanceof Record && value.getClass().getName().startsWith(PACKAGE)) {
            for (RecordComponents.Component component : RecordComponents.of(value.getClass())) {
                collect(component.read().apply(value), path.isEmpty() ? component.name() : path + "." + component.name(),
                        violations, depth + 1);
            }
        }
    }

    private static boolean outOfRange(Object date) {
        int year = date instanceof LocalDate day ? day.getYear() : ((YearMonth) date).getYear();
        return year < MIN_YEAR || year > MAX_YEAR;
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7f && c <= 0x9f) {
                return true;
            }
        }
        return false;
    }
}
