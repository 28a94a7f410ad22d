package dev.backoffice.shipments.api;

import dev.backoffice.shipments.domain.ReturnShipmentId;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Asks the carrier for the return label of a return shipment: a label to send back a package of the
 * shipment the goods came with.
 *
 * @param returnShipment the return shipment
 * @param packageNumber  the shipment's package the label is for, numbered from 1
 * @param idempotencyKey optional: the same key again returns the return with the label it got and asks
 *                       the carrier for nothing more
 */
public record RequestReturnLabel(@NotNull ReturnShipmentId returnShipment, @Min(1) int packageNumber,
                                 @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * A label for a package of the shipment.
     *
     * @param returnShipment the return shipment
     * @param packageNumber  the shipment's package, numbered from 1
     * @return the command
     */
    public static RequestReturnLabel of(ReturnShipmentId returnShipment, int packageNumber) {
        return new RequestReturnLabel(returnShipment, packageNumber, null);
    }

    /**
     * Sets the idempotency key.
     *
     * @param key the key
     * @return the command with it
     */
    public RequestReturnLabel withIdempotencyKey(String key) {
        return new RequestReturnLabel(returnShipment, packageNumber, key);
    }
}
