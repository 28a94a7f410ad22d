package dev.backoffice.shipments.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an inbound receipt (goods expected from a supplier) within the whole library (UUIDv7,
 * made by the application).
 *
 * @param value the id
 * @serial exclude
 */
public record InboundReceiptId(UUID value) implements Serializable {

    /**
     * Refuses a null id.
     *
     * @param value the UUID, not null
     */
    public InboundReceiptId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The id of that value.
     *
     * @param value the id
     * @return the typed id
     */
    public static InboundReceiptId of(UUID value) {
        return new InboundReceiptId(value);
    }

    /**
     * The id written as a UUID.
     *
     * @param value the UUID's text
     * @return the typed id
     */
    public static InboundReceiptId of(String value) {
        return new InboundReceiptId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
