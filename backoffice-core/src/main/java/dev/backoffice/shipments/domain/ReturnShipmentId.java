package dev.backoffice.shipments.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a return shipment (goods a customer sends back under a return authorization) within the
 * whole library (UUIDv7, made by the application).
 *
 * @param value the id
 * @serial exclude
 */
public record ReturnShipmentId(UUID value) implements Serializable {

    /**
     * Refuses a null id.
     *
     * @param value the id, not null
     */
    public ReturnShipmentId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The id of that value.
     *
     * @param value the id
     * @return the typed id
     */
    public static ReturnShipmentId of(UUID value) {
        return new ReturnShipmentId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
