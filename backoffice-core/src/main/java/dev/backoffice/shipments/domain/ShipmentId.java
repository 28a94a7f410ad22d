package dev.backoffice.shipments.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a shipment within the whole library (UUIDv7, made by the application).
 *
 * @param value the id
 * @serial exclude
 */
public record ShipmentId(UUID value) implements Serializable {

    /**
     * Refuses a null id.
     *
     * @param value the UUID, not null
     */
    public ShipmentId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Wraps a UUID.
     *
     * @param value the UUID
     * @return the id
     */
    public static ShipmentId of(UUID value) {
        return new ShipmentId(value);
    }

    /**
     * Reads an id from its text form, as {@link #toString()} writes it.
     *
     * @param value a UUID in its standard text form
     * @return the id
     */
    public static ShipmentId of(String value) {
        return new ShipmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
