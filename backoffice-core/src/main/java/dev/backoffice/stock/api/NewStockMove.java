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
        @Size(min = 1, max = 128) String idempotencyKey) {

    /** The form of a lot code or serial number. */
    public static final String CODE = "[A-Za-z0-9][A-Za-z0-9._/-]*";
    /** The message when a lot code or serial number is out of form. */
    public static final String CODE_MESSAGE = "must be letters, digits, '.', '_', '/' or '-'";
    /** The most serial numbers one move lists. */
    public static final int MAX_SERIALS = 10_000;

    public NewStockMove {
        serials = serials == null ? List.of() : List.copyOf(serials);
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
        return new NewStockMove(kind, item, location, to, quantity, lot, expiry, serials, reason, reference, demand, idempotencyKey);
    }

    public NewStockMove to(LocationId location) {
        return new NewStockMove(kind, item, from, location, quantity, lot, expiry, serials, reason, reference, demand, idempotencyKey);
    }

    public NewStockMove lot(String code) {
        return new NewStockMove(kind, item, from, to, quantity, code, expiry, serials, reason, reference, demand, idempotencyKey);
    }

    /** The lot and its expiry date. */
    public NewStockMove lot(String code, LocalDate expiryDate) {
        return new NewStockMove(kind, item, from, to, quantity, code, expiryDate, serials, reason, reference, demand, idempotencyKey);
    }

    public NewStockMove serials(String... numbers) {
        return new NewStockMove(kind, item, from, to, quantity, lot, expiry, List.of(numbers), reason, reference, demand,
                idempotencyKey);
    }

    public NewStockMove reference(String text) {
        return new NewStockMove(kind, item, from, to, quantity, lot, expiry, serials, reason, text, demand, idempotencyKey);
    }

    /** An issue that consumes the reservations of this demand. */
    public NewStockMove forDemand(String demandReference) {
        return new NewStockMove(kind, item, from, to, quantity, lot, expiry, serials, reason, reference, demandReference,
                idempotencyKey);
    }

    public NewStockMove withIdempotencyKey(String key) {
        return new NewStockMove(kind, item, from, to, quantity, lot, expiry, serials, reason, reference, demand, key);
    }
}
