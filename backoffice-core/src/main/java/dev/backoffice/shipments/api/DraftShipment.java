package dev.backoffice.shipments.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.shipments.domain.Address;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A shipment to draft: nothing is reserved until it is confirmed. Build it with {@link #of} and add
 * lines with {@link #line(ItemId, Quantity)} or {@link #line(Line)}.
 *
 * @param reference      the host's reference (an order), or null
 * @param origin         the internal stock location its goods leave from (a warehouse's root: anywhere in it)
 * @param destination    where it goes
 * @param lines          what it carries, at least one line
 * @param promisedDate   when the customer was promised it
 * @param idempotencyKey optional: the same key again returns the first shipment
 */
public record DraftShipment(
        @Size(max = 200) String reference,
        @NotNull LocationId origin,
        @NotNull Address destination,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid Line> lines,
        @NotNull LocalDate promisedDate,
        @Size(min = 1, max = 128) String idempotencyKey) {

    /** The form of a lot code or serial number (as in the stock context). */
    public static final String CODE = "[A-Za-z0-9][A-Za-z0-9._/-]*";

    /**
     * Copies the lines, so the command cannot change after it is validated.
     *
     * @param reference      the host's reference (an order), or null
     * @param origin         the internal stock location its goods leave from (a warehouse's root: anywhere in it)
     * @param destination    where it goes
     * @param lines          what it carries, at least one line
     * @param promisedDate   when the customer was promised it
     * @param idempotencyKey optional: the same key again returns the first shipment
     */
    public DraftShipment {
        lines = lines == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /**
     * One line: a quantity of an item in any of its units, with the lot of a lot-tracked item or one
     * serial number per unit of a serial-tracked one.
     *
     * @param item     the stock item
     * @param quantity how much, in any of the item's units
     * @param lot      the lot of a lot-tracked item, or null
     * @param serials  one distinct serial number per unit of a serial-tracked item, or none
     */
    public record Line(
            @NotNull ItemId item,
            @NotNull Quantity quantity,
            @Size(max = 64) @Pattern(regexp = CODE) String lot,
            @Size(max = 10_000) List<@NotBlank @Size(max = 64) @Pattern(regexp = CODE) String> serials) {

        /**
         * Copies the serial numbers; none when null.
         *
         * @param item     the stock item
         * @param quantity how much, in any of the item's units
         * @param lot      the lot of a lot-tracked item, or null
         * @param serials  one distinct serial number per unit of a serial-tracked item, or none
         */
        public Line {
            serials = serials == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(serials));
        }

        /**
         * A line of an item without lot or serial numbers.
         *
         * @param item     the stock item
         * @param quantity how much, in any of the item's units
         * @return the line
         */
        public static Line of(ItemId item, Quantity quantity) {
            return new Line(item, quantity, null, List.of());
        }

        /**
         * The same line, of that lot.
         *
         * @param code the lot code
         * @return a copy of this line with the lot
         */
        public Line lot(String code) {
            return new Line(item, quantity, code, serials);
        }

        /**
         * The same line, with the serial numbers of its units.
         *
         * @param numbers one distinct serial number per unit
         * @return a copy of this line with the serial numbers
         */
        public Line serials(String... numbers) {
            return new Line(item, quantity, lot, List.of(numbers));
        }
    }

    /**
     * A shipment without lines yet, from the origin to the destination, promised for the date.
     *
     * @param origin       the internal stock location its goods leave from
     * @param destination  where it goes
     * @param promisedDate when the customer was promised it
     * @return the command, to which lines are added
     */
    public static DraftShipment of(LocationId origin, Address destination, LocalDate promisedDate) {
        return new DraftShipment(null, origin, destination, List.of(), promisedDate, null);
    }

    /**
     * Adds a line.
     *
     * @param line the line
     * @return a copy of this command with the line added last
     */
    public DraftShipment line(Line line) {
        List<Line> more = new ArrayList<>(lines == null ? List.of() : lines);
        more.add(line);
        return new DraftShipment(reference, origin, destination, more, promisedDate, idempotencyKey);
    }

    /**
     * Adds a line of an item without lot or serial numbers.
     *
     * @param item     the stock item
     * @param quantity how much, in any of the item's units
     * @return a copy of this command with the line added last
     */
    public DraftShipment line(ItemId item, Quantity quantity) {
        return line(Line.of(item, quantity));
    }

    /**
     * Sets the host's reference, for example its order number.
     *
     * @param text the reference, at most 200 characters
     * @return a copy of this command with the reference
     */
    public DraftShipment reference(String text) {
        return new DraftShipment(text, origin, destination, lines, promisedDate, idempotencyKey);
    }

    /**
     * Sets the idempotency key, so that a retried call drafts only one shipment.
     *
     * @param key the key, 1 to 128 characters
     * @return a copy of this command with the key
     */
    public DraftShipment withIdempotencyKey(String key) {
        return new DraftShipment(reference, origin, destination, lines, promisedDate, key);
    }
}
