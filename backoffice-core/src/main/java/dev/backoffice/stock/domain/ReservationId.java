package dev.backoffice.stock.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a stock reservation within the whole library (UUIDv7, made by the application).
 *
 * @serial exclude
 */
public record ReservationId(UUID value) implements Serializable {

    /**
     * Checks that the value is present.
     *
     * @param value the UUID, not null
     */
    public ReservationId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Wraps a UUID.
     *
     * @param value the UUID
     * @return the id
     */
    public static ReservationId of(UUID value) {
        return new ReservationId(value);
    }

    /**
     * Reads an id from its text form, as {@link #toString()} writes it.
     *
     * @param value a UUID in its standard text form
     * @return the id
     */
    public static ReservationId of(String value) {
        return new ReservationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
