package dev.backoffice.shipments.api;

import dev.backoffice.shipments.domain.ReturnShipmentId;
import dev.backoffice.stock.domain.LocationId;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The goods of a return shipment arrived: all its lines are received, sound ones into the restock
 * location, the lines named damaged into the location for damaged goods.
 *
 * @param returnShipment the return shipment
 * @param restockInto    the internal location sound goods are received into
 * @param damagedInto    the internal location damaged goods are received into; needed when a line is damaged
 * @param damagedLines   the numbers of the lines that arrived damaged, or none
 * @param note           a note for the history, or null
 * @param idempotencyKey optional: the same key again returns the return and receives nothing more
 */
public record ReceiveReturnShipment(@NotNull ReturnShipmentId returnShipment, @NotNull LocationId restockInto,
                                    LocationId damagedInto, @Size(max = 500) List<@NotNull @Min(1) Integer> damagedLines,
                                    @Size(max = 500) String note, @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Copies the damaged lines.
     *
     * @param returnShipment the return shipment
     * @param restockInto    the internal location sound goods are received into
     * @param damagedInto    the internal location damaged goods are received into; needed when a line is damaged
     * @param damagedLines   the numbers of the lines that arrived damaged, or none
     * @param note           a note for the history, or null
     * @param idempotencyKey optional: the same key again returns the return and receives nothing more
     */
    public ReceiveReturnShipment {
        damagedLines = damagedLines == null ? List.of() : List.copyOf(damagedLines);
    }

    /**
     * Receives every line sound into the location.
     *
     * @param returnShipment the return shipment
     * @param restockInto    where the goods go
     * @return the command
     */
    public static ReceiveReturnShipment of(ReturnShipmentId returnShipment, LocationId restockInto) {
        return new ReceiveReturnShipment(returnShipment, restockInto, null, List.of(), null, null);
    }

    /**
     * Names lines that arrived damaged and where they go.
     *
     * @param location the location for damaged goods
     * @param lines    the numbers of the damaged lines
     * @return the command with them
     */
    public ReceiveReturnShipment damaged(LocationId location, Integer... lines) {
        return new ReceiveReturnShipment(returnShipment, restockInto, location, List.of(lines), note, idempotencyKey);
    }

    /**
     * Sets the note kept in the return's history.
     *
     * @param text the note
     * @return the command with it
     */
    public ReceiveReturnShipment note(String text) {
        return new ReceiveReturnShipment(returnShipment, restockInto, damagedInto, damagedLines, text, idempotencyKey);
    }

    /**
     * Sets the idempotency key.
     *
     * @param key the key
     * @return the command with it
     */
    public ReceiveReturnShipment withIdempotencyKey(String key) {
        return new ReceiveReturnShipment(returnShipment, restockInto, damagedInto, damagedLines, note, key);
    }
}
