package dev.backoffice.stock.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.AdjustmentReason;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.MoveKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A stock move to record. Build it with {@link #receipt}, {@link #issue}, {@link #transfer},
 * {@link #adjustIn} or {@link #adjustOut}, then add what the item and the move need.
 *
 * @param from           where the stock leaves; null for the tenant's {@code @supplier} in a receipt
 *                       and {@code @inventory-loss} in an adjustment into stock
 * @param to             where the stock arrives; null for {@code @customer} in an issue and
 *                       {@code @inventory-loss} in an adjustment out of stock
 * @param quantity       in any of the item's units, converted exactly to its base unit
 * @param lot            the lot of a lot-tracked item
 * @param expiry         the lot's expiry date, given when the lot first comes into stock
 * @param serials        one serial number per unit of a serial-tracked item
 * @param reason         why, for an adjustment (and only for one)
 * @param reference      the host's reference (an order, a delivery note), kept on the move
 * @param demand         for an issue: the demand whose reservations in {@code from} it consumes
 * @param idempotencyKey optional: the same key again returns the first move
 * @param unitCost       the cost per base unit stock comes in at (a receipt, an adjustment into stock),
 *                       when the tenant values its stock; see {@link #withUnitCost}
 */
public record NewStockMove(
        @NotNull MoveKind kind,
        @NotNull ItemId item,
        LocationId from,
        LocationId to,
        @NotNull Quantity quantity,
        @Size(max = 64) @Pattern(regexp = CODE, message = CODE_MESSAGE) String lot,
        LocalDate expiry,
        @Size(max = MAX_SERIALS) List<@NotBlank @Size(max = 64) @Pattern(regexp = CODE, message = CODE_MESSAGE) String> serials,
        AdjustmentReason reason,
        @Size(max = 200) String reference,
        @Size(max = 128) String demand,
        @Size(min = 1, max = 128) String idempotencyKey,
        dev.backoffice.common.Money unitCost) {

    /** The form of a lot code or serial number. */
    public static final String CODE = "[A-Za-z0-9][A-Za-z0-9._/-]*";
    /** The message when a lot code or serial number is out of form. */
    public static final String CODE_MESSAGE = "must be letters, digits, '.', '_', '/' or '-'";
    /** The most serial numbers one move lists. */
    public static final int MAX_SERIALS = 10_000;

    /**
     * Copies the serial numbers; no serial numbers when null.
     *
     * @param kind           receipt, issue, transfer or adjustment
     * @param item           the stock item that moves
     * @param from           where the stock leaves; null for the tenant's {@code @supplier} in a receipt and
     *                       {@code @inventory-loss} in an adjustment into stock
     * @param to             where the stock arrives; null for {@code @customer} in an issue and
     *                       {@code @inventory-loss} in an adjustment out of stock
     * @param quantity       in any of the item's units, converted exactly to its base unit
     * @param lot            the lot of a lot-tracked item
     * @param expiry         the lot's expiry date, given when the lot first comes into stock
     * @param serials        one serial number per unit of a serial-tracked item
     * @param reason         why, for an adjustment (and only for one)
     * @param reference      the host's reference (an order, a delivery note), kept on the move
     * @param demand         for an issue: the demand whose reservations in {@code from} it consumes
     * @param idempotencyKey optional: the same key again returns the first move
     * @param unitCost       the cost per base unit stock comes in at (a receipt, an adjustment into stock),
     *                       when the tenant values its stock; see {@link #withUnitCost}
     */
    public NewStockMove {
        serials = serials == null ? List.of() : List.copyOf(serials);
    }

    /**
     * A move without a unit cost (the form before valuation existed).
     *
     * @param kind           receipt, issue, transfer or adjustment
     * @param item           the stock item that moves
     * @param from           where the stock leaves; null for the tenant's {@code @supplier} in a receipt and
     *                       {@code @inventory-loss} in an adjustment into stock
     * @param to             where the stock arrives; null for {@code @customer} in an issue and
     *                       {@code @inventory-loss} in an adjustment out of stock
     * @param quantity       in any of the item's units, converted exactly to its base unit
     * @param lot            the lot of a lot-tracked item
     * @param expiry         the lot's expiry date, given when the lot first comes into stock
     * @param serials        one serial number per unit of a serial-tracked item
     * @param reason         why, for an adjustment (and only for one)
     * @param reference      the host's reference (an order, a delivery note), kept on the move
     * @param demand         for an issue: the demand whose reservations in {@code from} it consumes
     * @param idempotencyKey optional: the same key again returns the first move
     */
    public NewStockMove(MoveKind kind, ItemId item, LocationId from, LocationId to, Quantity quantity, String lot,
                        LocalDate expiry, List<String> serials, AdjustmentReason reason, String reference, String demand,
                        String idempotencyKey) {
        this(kind, item, from, to, quantity, lot, expiry, serials, reason, reference, demand, idempotencyKey, null);
    }

    /**
     * The cost per unit of the item's base unit the stock comes in at: required on a receipt from a
     * supplier of a FIFO or moving-average item once the tenant values its stock; optional on a
     * return from a customer and on an adjustment into stock (their current cost otherwise).
     *
     * @param cost a positive amount per base unit, in the tenant's valuation currency
     * @return a copy of this move with that unit cost
     */
    public NewStockMove withUnitCost(dev.backoffice.common.Money cost) {
        return new NewStockMove(kind, item, from, to, quantity, lot, expiry, serials, reason, reference, demand,
                idempotencyKey, cost);
    }

    /**
     * Stock arriving from a supplier into an internal location.
     *
     * @param item     the stock item
     * @param quantity how much arrives, in any of the item's units
     * @param to       the internal location it arrives in
     * @return the move
     */
    public static NewStockMove receipt(ItemId item, Quantity quantity, LocationId to) {
        return new NewStockMove(MoveKind.RECEIPT, item, null, to, quantity, null, null, List.of(), null, null, null, null);
    }

    /**
     * Stock leaving an internal location for a customer.
     *
     * @param item     the stock item
     * @param quantity how much leaves, in any of the item's units
     * @param from     the internal location it leaves
     * @return the move
     */
    public static NewStockMove issue(ItemId item, Quantity quantity, LocationId from) {
        return new NewStockMove(MoveKind.ISSUE, item, from, null, quantity, null, null, List.of(), null, null, null, null);
    }

    /**
     * Stock going from one internal location (or transit) to another.
     *
     * @param item     the stock item
     * @param quantity how much moves, in any of the item's units
     * @param from     the location it leaves
     * @param to       the location it arrives in
     * @return the move
     */
    public static NewStockMove transfer(ItemId item, Quantity quantity, LocationId from, LocationId to) {
        return new NewStockMove(MoveKind.TRANSFER, item, from, to, quantity, null, null, List.of(), null, null, null, null);
    }

    /**
     * Stock found: from inventory loss into an internal location.
     *
     * @param item     the stock item
     * @param quantity how much was found, in any of the item's units
     * @param to       the internal location it was found in
     * @param reason   why the books were wrong
     * @return the move
     */
    public static NewStockMove adjustIn(ItemId item, Quantity quantity, LocationId to, AdjustmentReason reason) {
        return new NewStockMove(MoveKind.ADJUSTMENT, item, null, to, quantity, null, null, List.of(), reason, null, null, null);
    }

    /**
     * Stock lost, damaged or miscounted: from an internal location to inventory loss.
     *
     * @param item     the stock item
     * @param quantity how much was lost, in any of the item's units
     * @param from     the internal location it was lost from
     * @param reason   why it left
     * @return the move
     */
    public static NewStockMove adjustOut(ItemId item, Quantity quantity, LocationId from, AdjustmentReason reason) {
        return new NewStockMove(MoveKind.ADJUSTMENT, item, from, null, quantity, null, null, List.of(), reason, null, null, null);
    }

    /**
     * Another location the stock leaves.
     *
     * @param location the location
     * @return a copy of this move with that source
     */
    public NewStockMove from(LocationId location) {
        return new NewStockMove(kind, item, location, to, quantity, lot, expiry, serials, reason, reference, demand, idempotencyKey, unitCost);
    }

    /**
     * Another location the stock arrives in.
     *
     * @param location the location
     * @return a copy of this move with that destination
     */
    public NewStockMove to(LocationId location) {
        return new NewStockMove(kind, item, from, location, quantity, lot, expiry, serials, reason, reference, demand, idempotencyKey, unitCost);
    }

    /**
     * The lot of a lot-tracked item, already in stock or (with {@link #lot(String, LocalDate)}) new.
     *
     * @param code the lot code
     * @return a copy of this move with that lot
     */
    public NewStockMove lot(String code) {
        return new NewStockMove(kind, item, from, to, quantity, code, expiry, serials, reason, reference, demand, idempotencyKey, unitCost);
    }

    /**
     * The lot and its expiry date.
     *
     * @param code       the lot code
     * @param expiryDate the lot's expiry date, given when the lot first comes into stock
     * @return a copy of this move with that lot
     */
    public NewStockMove lot(String code, LocalDate expiryDate) {
        return new NewStockMove(kind, item, from, to, quantity, code, expiryDate, serials, reason, reference, demand, idempotencyKey, unitCost);
    }

    /**
     * The serial numbers of a serial-tracked item, one per unit moved.
     *
     * @param numbers the serial numbers
     * @return a copy of this move with those serial numbers
     */
    public NewStockMove serials(String... numbers) {
        return new NewStockMove(kind, item, from, to, quantity, lot, expiry, List.of(numbers), reason, reference, demand,
                idempotencyKey, unitCost);
    }

    /**
     * The host's reference of the move (an order, a delivery note).
     *
     * @param text at most 200 characters
     * @return a copy of this move with that reference
     */
    public NewStockMove reference(String text) {
        return new NewStockMove(kind, item, from, to, quantity, lot, expiry, serials, reason, text, demand, idempotencyKey, unitCost);
    }

    /**
     * An issue that consumes the reservations of this demand.
     *
     * @param demandReference the demand, as given to {@link Reservations#reserve}
     * @return a copy of this move for that demand
     */
    public NewStockMove forDemand(String demandReference) {
        return new NewStockMove(kind, item, from, to, quantity, lot, expiry, serials, reason, reference, demandReference,
                idempotencyKey, unitCost);
    }

    /**
     * The same move, recorded at most once for this key.
     *
     * @param key 1 to 128 characters; the same key again returns the first move
     * @return a copy of this move with that key
     */
    public NewStockMove withIdempotencyKey(String key) {
        return new NewStockMove(kind, item, from, to, quantity, lot, expiry, serials, reason, reference, demand, key, unitCost);
    }
}
