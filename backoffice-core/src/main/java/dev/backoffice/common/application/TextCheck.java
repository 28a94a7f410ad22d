package dev.backoffice.common.application;

import dev.backoffice.common.ValidationException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
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

    /** A record component's name and its accessor as {@code (Object) -> Object}, which calls without allocating. */
    private record Component(String name, MethodHandle accessor) {
    }

    private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Component[] read = new Component[components.length];
            for (int i = 0; i < components.length; i++) {
                try {
                    java.lang.reflect.Method accessor = components[i].getAccessor();
                    accessor.setAccessible(true);
                    read[i] = new Component(components[i].getName(), MethodHandles.lookup().unreflect(accessor).asType(READ));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + components[i], e);
                }
            }
            return read;
        }
    };

    private TextCheck() {
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

    private static boolean anyControlCharacter(Object value, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return false;
        }
        if (value instanceof String text) {
            return hasControlCharacter(text);
        }
        if (value instanceof LocalDate || value instanceof YearMonth) {
            return outOfRange(value);
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (anyControlCharacter(list.get(i), depth + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                if (anyControlCharacter(element, depth + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (anyControlCharacter(entry.getKey(), depth + 1) || anyControlCharacter(entry.getValue(), depth + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (value instanceof Record && value.getClass().getName().startsWith(PACKAGE)) {
            for (Component component : COMPONENTS.get(value.getClass())) {
                if (anyControlCharacter(read(component, value), depth + 1)) {
                    return true;
                }
            }
        }
        return false;
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
            for (Component component : COMPONENTS.get(value.getClass())) {
                collect(read(component, value), path.isEmpty() ? component.name() : path + "." + component.name(),
                        violations, depth + 1);
            }
        }
    }

    private static Object read(Component component, Object record) {
        try {
            return component.accessor().invoke(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + component.name(), e);
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
