package dev.backoffice.shipments.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
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
 * Goods of a delivered (or returned) shipment that came back from the customer. Build it with
 * {@link #of} and add a line per item that came back with {@link #line}.
 *
 * @param shipment       the delivered or returned shipment the goods came from
 * @param restockInto    the internal location sound goods are received into
 * @param damagedInto    the internal location damaged goods are received into; needed when a line is damaged
 * @param lines          what came back, at least one line
 * @param idempotencyKey optional: the same key again returns the shipment and receives nothing more
 */
public record ReceiveReturn(@NotNull ShipmentId shipment, @NotNull LocationId restockInto, LocationId damagedInto,
                            @NotEmpty @Size(max = 500) List<@NotNull @Valid Line> lines,
                            @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Copies the lines, so the command cannot change after it is validated.
     *
     * @param shipment       the delivered or returned shipment the goods came from
     * @param restockInto    the internal location sound goods are received into
     * @param damagedInto    the internal location damaged goods are received into; needed when a line is damaged
     * @param lines          what came back, at least one line
     * @param idempotencyKey optional: the same key again returns the shipment and receives nothing more
     */
    public ReceiveReturn {
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /**
     * One item that came back, in any of its units, with its lot or serial numbers, sound or damaged.
     *
     * @param item     the stock item
     * @param quantity how much came back, in any of the item's units
     * @param lot      the lot of a lot-tracked item, or null
     * @param serials  the serial numbers of the units of a serial-tracked item, or none
     * @param damaged  whether it goes into the location for damaged goods rather than back into stock to sell
     */
    public record Line(@NotNull ItemId item, @NotNull Quantity quantity,
                       @Size(max = 64) @Pattern(regexp = DraftShipment.CODE) String lot,
                       @Size(max = 10_000) List<@NotBlank @Size(max = 64) @Pattern(regexp = DraftShipment.CODE) String> serials,
                       boolean damaged) {

        /**
         * Copies the serial numbers; none when null.
         *
         * @param item     the stock item
         * @param quantity how much came back, in any of the item's units
         * @param lot      the lot of a lot-tracked item, or null
         * @param serials  the serial numbers of the units of a serial-tracked item, or none
         * @param damaged  whether it goes into the location for damaged goods rather than back into stock to sell
         */
        public Line {
            serials = serials == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(serials));
        }

        /**
         * Goods that came back fit to sell again, received into the restock location.
         *
         * @param item     the stock item
         * @param quantity how much, in any of the item's units
         * @return the line
         */
        public static Line sound(ItemId item, Quantity quantity) {
            return new Line(item, quantity, null, List.of(), false);
        }

        /**
         * Goods that came back damaged, received into the location for damaged goods.
         *
         * @param item     the stock item
         * @param quantity how much, in any of the item's units
         * @return the line
         */
        public static Line damaged(ItemId item, Quantity quantity) {
            return new Line(item, quantity, null, List.of(), true);
        }
    }

    /**
     * Goods coming back from that shipment; add what came back with {@link #line}.
     *
     * @param shipment    the delivered or returned shipment
     * @param restockInto the internal location sound goods are received into
     * @param damagedInto the internal location damaged goods are received into, or null when none are
     * @return the command, without lines yet
     */
    public static ReceiveReturn of(ShipmentId shipment, LocationId restockInto, LocationId damagedInto) {
        return new ReceiveReturn(shipment, restockInto, damagedInto, List.of(), null);
    }

    /**
     * Adds a line.
     *
     * @param line one item that came back
     * @return a copy of this command with the line added last
     */
    public ReceiveReturn line(Line line) {
        List<Line> more = new ArrayList<>(lines == null ? List.of() : lines);
        more.add(line);
        return new ReceiveReturn(shipment, restockInto, damagedInto, more, idempotencyKey);
    }

    /**
     * Sets the idempotency key, so that a retried call receives the goods only once.
     *
     * @param key the key, 1 to 128 characters
     * @return a copy of this command with the key
     */
    public ReceiveReturn withIdempotencyKey(String key) {
        return new ReceiveReturn(shipment, restockInto, damagedInto, lines, key);
    }
}
