package dev.backoffice.stock.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a backorder within the whole library (UUIDv7, made by the application).
 *
 * @serial exclude
 */
public record BackorderId(UUID value) implements Serializable {

    /**
     * Checks that the value is present.
     *
     * @param value the UUID, not null
     */
    public BackorderId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Wraps a UUID.
     *
     * @param value the UUID
     * @return the id
     */
    public static BackorderId of(UUID value) {
        return new BackorderId(value);
    }

    /**
     * Reads an id from its text form, as {@link #toString()} writes it.
     *
     * @param value a UUID in its standard text form
     * @return the id
     */
    public static BackorderId of(String value) {
        return new BackorderId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
