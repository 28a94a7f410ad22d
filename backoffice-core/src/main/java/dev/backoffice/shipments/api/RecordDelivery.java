package dev.backoffice.shipments.api;

import dev.backoffice.shipments.domain.ShipmentId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * The proof that a shipment was delivered.
 *
 * @param signatory      who signed for it, or null
 * @param deliveredAt    when it was handed over; null for now
 * @param idempotencyKey optional: the same key again returns the shipment and changes nothing
 */
public record RecordDelivery(@NotNull ShipmentId shipment, @Size(max = 200) String signatory, Instant deliveredAt,
                             @Size(min = 1, max = 128) String idempotencyKey) {

    public static RecordDelivery of(ShipmentId shipment, String signatory) {
        return new RecordDelivery(shipment, signatory, null, null);
    }

    public RecordDelivery at(Instant when) {
        return new RecordDelivery(shipment, signatory, when, idempotencyKey);
    }

    public RecordDelivery withIdempotencyKey(String key) {
        return new RecordDelivery(shipment, signatory, deliveredAt, key);
    }
}
