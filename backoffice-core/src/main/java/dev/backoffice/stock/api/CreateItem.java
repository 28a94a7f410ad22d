package dev.backoffice.stock.api;

import dev.backoffice.stock.domain.NegativeStockPolicy;
import dev.backoffice.stock.domain.Tracking;
import dev.backoffice.stock.domain.UnitOfMeasure;
import dev.backoffice.stock.domain.ValuationMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Adds an item to the catalogue.
 *
 * @param sku               unique in the tenant
 * @param unit              the base unit stock is kept in, and other units with their size
 * @param tracking          whether moves name lots or serial numbers; never changes
 * @param valuation         how the stock is to be valued
 * @param negativeStock     whether internal stock may go below zero
 * @param backordersAllowed whether a reservation beyond what is available is backordered (else refused)
 * @param idempotencyKey    optional: the same key again returns the first item
 */
public record CreateItem(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*",
                message = "must be letters, digits, '.', '_', '/' or '-'") String sku,
        @NotBlank @Size(max = 200) String name,
        @NotNull UnitOfMeasure unit,
        @NotNull Tracking tracking,
        @NotNull ValuationMethod valuation,
        @NotNull NegativeStockPolicy negativeStock,
        boolean backordersAllowed,
        @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * An untracked FIFO item that refuses negative stock and backorders.
     *
     * @param sku  unique in the tenant
     * @param name the name people see, at most 200 characters
     * @param unit the base unit stock is kept in
     * @return the command
     */
    public static CreateItem of(String sku, String name, UnitOfMeasure unit) {
        return new CreateItem(sku, name, unit, Tracking.NONE, ValuationMethod.FIFO, NegativeStockPolicy.FORBIDDEN,
                false, null);
    }

    /**
     * The same item, tracked by lot or serial number.
     *
     * @param how lots or serial numbers; fixed once the item exists
     * @return a copy of this command with that tracking
     */
    public CreateItem tracked(Tracking how) {
        return new CreateItem(sku, name, unit, how, valuation, negativeStock, backordersAllowed, idempotencyKey);
    }

    /**
     * The same item, valued by another method.
     *
     * @param method FIFO, moving average or standard cost
     * @return a copy of this command with that method
     */
    public CreateItem valuedBy(ValuationMethod method) {
        return new CreateItem(sku, name, unit, tracking, method, negativeStock, backordersAllowed, idempotencyKey);
    }

    /**
     * The same item, with another rule for stock below zero.
     *
     * @param policy whether an internal location may hold less than zero of it
     * @return a copy of this command with that policy
     */
    public CreateItem withNegativeStock(NegativeStockPolicy policy) {
        return new CreateItem(sku, name, unit, tracking, valuation, policy, backordersAllowed, idempotencyKey);
    }

    /**
     * The same item, backordering what cannot be reserved at once instead of refusing.
     *
     * @param allowed true to backorder the missing quantity
     * @return a copy of this command with that choice
     */
    public CreateItem withBackorders(boolean allowed) {
        return new CreateItem(sku, name, unit, tracking, valuation, negativeStock, allowed, idempotencyKey);
    }

    /**
     * The same item, created at most once for this key.
     *
     * @param key 1 to 128 characters; the same key again returns the first item
     * @return a copy of this command with that key
     */
    public CreateItem withIdempotencyKey(String key) {
        return new CreateItem(sku, name, unit, tracking, valuation, negativeStock, backordersAllowed, key);
    }
}
