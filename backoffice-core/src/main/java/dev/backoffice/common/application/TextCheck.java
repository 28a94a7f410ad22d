package dev.backoffice.common.application;

import dev.backoffice.common.ValidationException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One rule for every text of every command, in every context: no control characters other than
 * tab, line feed and carriage return. They have no place in business text, some databases refuse
 * them (PostgreSQL refuses NUL in text) and they hide in logs and reports. The check walks the
 * command's record components, into nested records of the library, lists and maps, and names each
 * offending field by its path ({@code lines[2].memo}).
 */
final class TextCheck {

    private static final String PACKAGE = "dev.backoffice.";
    private static final int MAX_DEPTH = 8;

    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    private TextCheck() {
    }

    /** Adds a violation for each text with a control character in the object. */
    static void collect(Object value, String path, List<ValidationException.Violation> violations) {
        collect(value, path, violations, 0);
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
            for (Method accessor : ACCESSORS.get(value.getClass())) {
                collect(read(accessor, value), path.isEmpty() ? accessor.getName() : path + "." + accessor.getName(),
                        violations, depth + 1);
            }
        }
    }

    private static Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
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
