package dev.backoffice.stock.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a reorder rule within the whole library (UUIDv7, made by the application).
 *
 * @param value the id
 * @serial exclude
 */
public record ReorderRuleId(UUID value) implements Serializable {

    /**
     * Refuses a null id.
     *
     * @param value the id
     */
    public ReorderRuleId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The id of a value.
     *
     * @param value the id
     * @return the typed id
     */
    public static ReorderRuleId of(UUID value) {
        return new ReorderRuleId(value);
    }

    /**
     * The id written as a UUID.
     *
     * @param value the UUID text
     * @return the typed id
     */
    public static ReorderRuleId of(String value) {
        return new ReorderRuleId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
