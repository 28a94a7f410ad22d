package dev.backoffice.shipments.api;

import dev.backoffice.shipments.domain.ShipmentId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * The proof that a shipment was delivered.
 *
 * @param shipment       the shipped or in-transit shipment
 * @param signatory      who signed for it, or null
 * @param deliveredAt    when it was handed over; null for now
 * @param idempotencyKey optional: the same key again returns the shipment and changes nothing
 */
public record RecordDelivery(@NotNull ShipmentId shipment, @Size(max = 200) String signatory, Instant deliveredAt,
                             @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Delivered now, signed for by that person.
     *
     * @param shipment  the shipped or in-transit shipment
     * @param signatory who signed for it, or null
     * @return the command
     */
    public static RecordDelivery of(ShipmentId shipment, String signatory) {
        return new RecordDelivery(shipment, signatory, null, null);
    }

    /**
     * Sets when it was handed over, when that was not now.
     *
     * @param when the time of the handover
     * @return a copy of this command with the time
     */
    public RecordDelivery at(Instant when) {
        return new RecordDelivery(shipment, signatory, when, idempotencyKey);
    }

    /**
     * Sets the idempotency key, so that a retried call records the delivery only once.
     *
     * @param key the key, 1 to 128 characters
     * @return a copy of this command with the key
     */
    public RecordDelivery withIdempotencyKey(String key) {
        return new RecordDelivery(shipment, signatory, deliveredAt, key);
    }
}
