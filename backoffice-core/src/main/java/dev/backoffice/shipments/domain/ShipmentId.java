package dev.backoffice.shipments.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a shipment within the whole library (UUIDv7, made by the application). */
public record ShipmentId(UUID value) implements Serializable {

    public ShipmentId {
        Objects.requireNonNull(value, "value");
    }

    public static ShipmentId of(UUID value) {
        return new ShipmentId(value);
    }

    public static ShipmentId of(String value) {
        return new ShipmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
