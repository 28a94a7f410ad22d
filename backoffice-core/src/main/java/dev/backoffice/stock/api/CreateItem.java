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

    /** An untracked FIFO item that refuses negative stock and backorders. */
    public static CreateItem of(String sku, String name, UnitOfMeasure unit) {
        return new CreateItem(sku, name, unit, Tracking.NONE, ValuationMethod.FIFO, NegativeStockPolicy.FORBIDDEN,
                false, null);
    }

    public CreateItem tracked(Tracking how) {
        return new CreateItem(sku, name, unit, how, valuation, negativeStock, backordersAllowed, idempotencyKey);
    }

    public CreateItem valuedBy(ValuationMethod method) {
        return new CreateItem(sku, name, unit, tracking, method, negativeStock, backordersAllowed, idempotencyKey);
    }

    public CreateItem withNegativeStock(NegativeStockPolicy policy) {
        return new CreateItem(sku, name, unit, tracking, valuation, policy, backordersAllowed, idempotencyKey);
    }

    public CreateItem withBackorders(boolean allowed) {
        return new CreateItem(sku, name, unit, tracking, valuation, negativeStock, allowed, idempotencyKey);
    }

    public CreateItem withIdempotencyKey(String key) {
        return new CreateItem(sku, name, unit, tracking, valuation, negativeStock, backordersAllowed, key);
    }
}
