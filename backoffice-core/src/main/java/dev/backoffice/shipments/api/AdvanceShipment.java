package dev.backoffice.shipments.api;

import dev.backoffice.shipments.domain.ShipmentId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Takes a shipment one step further (or back): confirm, pick, unpick, unpack, ship, mark in transit,
 * record a failed delivery, retry it, record a return, cancel, or cancel its booking with the carrier.
 * The step is the method of {@link Shipping} or {@link Carriers} the command is passed to.
 *
 * @param shipment       the shipment to advance
 * @param note           why, kept in its history, or null
 * @param idempotencyKey optional: the same key with the same step again returns the shipment and
 *                       changes nothing; with another step it is refused ({@code idempotency.key_reused})
 */
public record AdvanceShipment(@NotNull ShipmentId shipment, @Size(max = 500) String note,
                              @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Advances that shipment, without a note or an idempotency key.
     *
     * @param shipment the shipment to advance
     * @return the command
     */
    public static AdvanceShipment of(ShipmentId shipment) {
        return new AdvanceShipment(shipment, null, null);
    }

    /**
     * Sets why the step is taken, kept in the shipment's history.
     *
     * @param text the note, at most 500 characters
     * @return a copy of this command with the note
     */
    public AdvanceShipment note(String text) {
        return new AdvanceShipment(shipment, text, idempotencyKey);
    }

    /**
     * Sets the idempotency key, so that a retried call does not take the step twice.
     *
     * @param key the key, 1 to 128 characters
     * @return a copy of this command with the key
     */
    public AdvanceShipment withIdempotencyKey(String key) {
        return new AdvanceShipment(shipment, note, key);
    }
}
