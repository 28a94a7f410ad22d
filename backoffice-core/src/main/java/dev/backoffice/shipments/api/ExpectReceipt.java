package dev.backoffice.shipments.api;

import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Goods to expect from a supplier: nothing enters stock until they are received.
 *
 * @param supplier           the supplier: the host's party id or reference
 * @param supplierReference  the supplier's reference (its order confirmation or delivery note), or null
 * @param destination        the internal location the goods are expected into
 * @param expectedDate       when they are expected
 * @param overReceiptPercent how much more than expected may be accepted of a line, in percent (0 to
 *                           100; 0 refuses any over-receipt)
 * @param lines              what is expected, at least one line
 * @param idempotencyKey     optional: the same key again returns the first receipt
 */
public record ExpectReceipt(@NotBlank @Size(max = 128) String supplier,
                            @Size(max = 200) String supplierReference,
                            @NotNull LocationId destination,
                            @NotNull LocalDate expectedDate,
                            @Min(0) @Max(100) int overReceiptPercent,
                            @NotEmpty @Size(max = 500) List<@NotNull @Valid Line> lines,
                            @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Copies the lines, so the command cannot change after it is validated.
     *
     * @param supplier           the supplier: the host's party id or reference
     * @param supplierReference  the supplier's reference (its order confirmation or delivery note), or null
     * @param destination        the internal location the goods are expected into
     * @param expectedDate       when they are expected
     * @param overReceiptPercent how much more than expected may be accepted of a line, in percent (0 to
     *                           100; 0 refuses any over-receipt)
     * @param lines              what is expected, at least one line
     * @param idempotencyKey     optional: the same key again returns the first receipt
     */
    public ExpectReceipt {
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /**
     * An expected item: a quantity in any of its units, the supplier's cost per base unit of the
     * item (the cost it enters stock at), and the lot announced, or null.
     *
     * @param item     the stock item
     * @param quantity the quantity expected, in any of the item's units
     * @param unitCost the supplier's cost per base unit of the item
     * @param lot      the lot announced, or null
     */
    public record Line(@NotNull ItemId item, @NotNull Quantity quantity, @NotNull Money unitCost,
                       @Size(max = 64) @Pattern(regexp = DraftShipment.CODE) String lot) {
    }

    /**
     * Starts a receipt without lines.
     *
     * @param supplier     the supplier
     * @param destination  the internal location the goods are expected into
     * @param expectedDate when they are expected
     * @return the command
     */
    public static ExpectReceipt of(String supplier, LocationId destination, LocalDate expectedDate) {
        return new ExpectReceipt(supplier, null, destination, expectedDate, 0, List.of(), null);
    }

    /**
     * Adds a line without a lot.
     *
     * @param item     the item
     * @param quantity the quantity expected
     * @param unitCost the cost per base unit
     * @return the command with the line
     */
    public ExpectReceipt line(ItemId item, Quantity quantity, Money unitCost) {
        return line(new Line(item, quantity, unitCost, null));
    }

    /**
     * Adds a line.
     *
     * @param line the line
     * @return the command with the line
     */
    public ExpectReceipt line(Line line) {
        List<Line> more = new ArrayList<>(lines == null ? List.of() : lines);
        more.add(line);
        return new ExpectReceipt(supplier, supplierReference, destination, expectedDate, overReceiptPercent, more,
                idempotencyKey);
    }

    /**
     * Sets the supplier's reference.
     *
     * @param reference its order confirmation or delivery note
     * @return the command with it
     */
    public ExpectReceipt supplierReference(String reference) {
        return new ExpectReceipt(supplier, reference, destination, expectedDate, overReceiptPercent, lines,
                idempotencyKey);
    }

    /**
     * Allows accepting more than expected of a line.
     *
     * @param percent at most this much more, in percent of the line
     * @return the command with it
     */
    public ExpectReceipt allowingOverReceipt(int percent) {
        return new ExpectReceipt(supplier, supplierReference, destination, expectedDate, percent, lines,
                idempotencyKey);
    }

    /**
     * Sets the idempotency key.
     *
     * @param key the key
     * @return the command with it
     */
    public ExpectReceipt withIdempotencyKey(String key) {
        return new ExpectReceipt(supplier, supplierReference, destination, expectedDate, overReceiptPercent, lines,
                key);
    }
}
