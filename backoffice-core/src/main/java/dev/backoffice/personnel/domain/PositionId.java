package dev.backoffice.personnel.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a position within the whole library (UUIDv7, made by the application).
 *
 * @serial exclude
 */
public record PositionId(UUID value) implements Serializable {

    /**
     * Checks that the value is present.
     *
     * @param value the UUID, not null
     */
    public PositionId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Wraps a UUID.
     *
     * @param value the UUID
     * @return the id
     */
    public static PositionId of(UUID value) {
        return new PositionId(value);
    }

    /**
     * Reads an id from its text form, as {@link #toString()} writes it.
     *
     * @param value a UUID in its standard text form
     * @return the id
     */
    public static PositionId of(String value) {
        return new PositionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
