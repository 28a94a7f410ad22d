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

    public NewStockMove {
        serials = serials == null ? List.of() : List.copyOf(serials);
    }

    /** A move without a unit cost (the form before valuation existed). */
    public NewStockMove(MoveKind kind, ItemId item, LocationId from, LocationId to, Quantity quantity, String lot,
                        LocalDate expiry, List<String> serials, AdjustmentReason reason, String reference, String demand,
                        String idempotencyKey) {
        this(kind, item, from, to, quantity, lot, expiry, serials, reason, reference, demand, idempotencyKey, null);
    }

    /**
     * The cost per unit of the item's base unit the stock comes in at: required on a receipt from a
     * supplier of a FIFO or moving-average item once the tenant values its stock; optional on a
     * return from a customer and on an adjustment into stock (their current cost otherwise).
     */
    public NewStockMove withUnitCost(dev.backoffice.common.Money cost) {
        return new NewStockMove(kind, item, from, to, quantity, lot, expiry, serials, reason, reference, demand,
                idempotencyKey, cost);
    }

    /** Stock arriving from a supplier into an internal location. */
    public static NewStockMove receipt(ItemId item, Quantity quantity, LocationId to) {
        return new NewStockMove(MoveKind.RECEIPT, item, null, to, quantity, null, null, List.of(), null, null, null, null);
    }

    /** Stock leaving an internal location for a customer. */
    public static NewStockMove issue(ItemId item, Quantity quantity, LocationId from) {
        return new NewStockMove(MoveKind.ISSUE, item, from, null, quantity, null, null, List.of(), null, null, null, null);
    }

    /** Stock going from one internal location (or transit) to another. */
    public static NewStockMove transfer(ItemId item, Quantity quantity, LocationId from, LocationId to) {
        return new NewStockMove(MoveKind.TRANSFER, item, from, to, quantity, null, null, List.of(), null, null, null, null);
    }

    /** Stock found: from inventory loss into an internal location. */
    public static NewStockMove adjustIn(ItemId item, Quantity quantity, LocationId to, AdjustmentReason reason) {
        return new NewStockMove(MoveKind.ADJUSTMENT, item, null, to, quantity, null, null, List.of(), reason, null, null, null);
    }

    /** Stock lost, damaged or miscounted: from an internal location to inventory loss. */
    public static NewStockMove adjustOut(ItemId item, Quantity quantity, LocationId from, AdjustmentReason reason) {
        return new NewStockMove(MoveKind.ADJUSTMENT, item, from, null, quantity, null, null, List.of(), reason, null, null, null);
    }

    public NewStockMove from(LocationId location) {
        return new NewStockMove(kind, item, location, to, quantity, lot, expiry, serials, reason, reference, demand, idempotencyKey, unitCost);
    }

    public NewStockMove to(LocationId location) {
        return new NewStockMove(kind, item, from, location, quantity, lot, expiry, serials, reason, reference, demand, idempotencyKey, unitCost);
    }

    public NewStockMove lot(String code) {
        return new NewStockMove(kind, item, from, to, quantity, code, expiry, serials, reason, reference, demand, idempotencyKey, unitCost);
    }

    /** The lot and its expiry date. */
    public NewStockMove lot(String code, LocalDate expiryDate) {
        return new NewStockMove(kind, item, from, to, quantity, code, expiryDate, serials, reason, reference, demand, idempotencyKey, unitCost);
    }

    public NewStockMove serials(String... numbers) {
        return new NewStockMove(kind, item, from, to, quantity, lot, expiry, List.of(numbers), reason, reference, demand,
                idempotencyKey, unitCost);
    }

    public NewStockMove reference(String text) {
        return new NewStockMove(kind, item, from, to, quantity, lot, expiry, serials, reason, text, demand, idempotencyKey, unitCost);
    }

    /** An issue that consumes the reservations of this demand. */
    public NewStockMove forDemand(String demandReference) {
        return new NewStockMove(kind, item, from, to, quantity, lot, expiry, serials, reason, reference, demandReference,
                idempotencyKey, unitCost);
    }

    public NewStockMove withIdempotencyKey(String key) {
        return new NewStockMove(kind, item, from, to, quantity, lot, expiry, serials, reason, reference, demand, key, unitCost);
    }
}
