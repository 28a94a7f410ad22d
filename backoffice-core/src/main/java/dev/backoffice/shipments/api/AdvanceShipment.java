package dev.backoffice.shipments.api;

import dev.backoffice.shipments.domain.ShipmentId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Takes a shipment one step further (or back).
 *
 * @param note           why, kept in its history, or null
 * @param idempotencyKey optional: the same key with the same step again returns the shipment and
 *                       changes nothing; with another step it is refused ({@code idempotency.key_reused})
 */
public record AdvanceShipment(@NotNull ShipmentId shipment, @Size(max = 500) String note,
                              @Size(min = 1, max = 128) String idempotencyKey) {

    public static AdvanceShipment of(ShipmentId shipment) {
        return new AdvanceShipment(shipment, null, null);
    }

    public AdvanceShipment note(String text) {
        return new AdvanceShipment(shipment, text, idempotencyKey);
    }

    public AdvanceShipment withIdempotencyKey(String key) {
        return new AdvanceShipment(shipment, note, key);
    }
}
