package dev.backoffice.shipments.api;

import dev.backoffice.shipments.domain.ReturnShipmentId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Takes a return shipment one step further: in transit, or cancelled.
 *
 * @param returnShipment the return shipment
 * @param note           why, kept in its history, or null
 * @param idempotencyKey optional: the same key with the same step again returns the return and
 *                       changes nothing; with another step it is refused ({@code idempotency.key_reused})
 */
public record AdvanceReturn(@NotNull ReturnShipmentId returnShipment, @Size(max = 500) String note,
                            @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * That return shipment.
     *
     * @param returnShipment the return shipment
     * @return the command
     */
    public static AdvanceReturn of(ReturnShipmentId returnShipment) {
        return new AdvanceReturn(returnShipment, null, null);
    }

    /**
     * Sets the note kept in the return's history.
     *
     * @param text the note
     * @return the command with it
     */
    public AdvanceReturn note(String text) {
        return new AdvanceReturn(returnShipment, text, idempotencyKey);
    }

    /**
     * Sets the idempotency key.
     *
     * @param key the key
     * @return the command with it
     */
    public AdvanceReturn withIdempotencyKey(String key) {
        return new AdvanceReturn(returnShipment, note, key);
    }
}
