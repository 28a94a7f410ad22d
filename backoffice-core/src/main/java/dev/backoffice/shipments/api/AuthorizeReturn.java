package dev.backoffice.shipments.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.stock.domain.ItemId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Authorizes a customer to send goods of a delivered (or returned) shipment back: a return shipment
 * linked to it.
 *
 * @param shipment       the shipment whose goods come back
 * @param reason         the customer's reason, or null
 * @param lines          what comes back, at least one line
 * @param idempotencyKey optional: the same key again returns the first return shipment
 */
public record AuthorizeReturn(@NotNull ShipmentId shipment, @Size(max = 500) String reason,
                              @NotEmpty @Size(max = 500) List<@NotNull @Valid Line> lines,
                              @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Copies the lines.
     *
     * @param shipment       the shipment whose goods come back
     * @param reason         the customer's reason, or null
     * @param lines          what comes back, at least one line
     * @param idempotencyKey optional: the same key again returns the first return shipment
     */
    public AuthorizeReturn {
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /**
     * An item that comes back, in any of its units, with its lot or serial numbers.
     *
     * @param item     the item
     * @param quantity the quantity
     * @param lot      the lot, or null
     * @param serials  one serial number per unit of a serial-tracked item, or none
     */
    public record Line(@NotNull ItemId item, @NotNull Quantity quantity,
                       @Size(max = 64) @Pattern(regexp = DraftShipment.CODE) String lot,
                       @Size(max = 10_000) List<@NotBlank @Size(max = 64) @Pattern(regexp = DraftShipment.CODE) String> serials) {

        /**
         * Copies the serial numbers.
         *
         * @param item     the item
         * @param quantity the quantity
         * @param lot      the lot, or null
         * @param serials  one serial number per unit of a serial-tracked item, or none
         */
        public Line {
            serials = serials == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(serials));
        }
    }

    /**
     * Starts a return of the shipment without lines.
     *
     * @param shipment the shipment
     * @return the command
     */
    public static AuthorizeReturn of(ShipmentId shipment) {
        return new AuthorizeReturn(shipment, null, List.of(), null);
    }

    /**
     * Adds a line without lot or serial numbers.
     *
     * @param item     the item
     * @param quantity the quantity
     * @return the command with it
     */
    public AuthorizeReturn line(ItemId item, Quantity quantity) {
        List<Line> more = new ArrayList<>(lines == null ? List.of() : lines);
        more.add(new Line(item, quantity, null, List.of()));
        return new AuthorizeReturn(shipment, reason, more, idempotencyKey);
    }

    /**
     * Sets the customer's reason.
     *
     * @param text the reason
     * @return the command with it
     */
    public AuthorizeReturn reason(String text) {
        return new AuthorizeReturn(shipment, text, lines, idempotencyKey);
    }

    /**
     * Sets the idempotency key.
     *
     * @param key the key
     * @return the command with it
     */
    public AuthorizeReturn withIdempotencyKey(String key) {
        return new AuthorizeReturn(shipment, reason, lines, key);
    }
}
