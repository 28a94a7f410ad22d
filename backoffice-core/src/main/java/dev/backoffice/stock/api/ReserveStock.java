package dev.backoffice.stock.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.ReservationStrategy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Reserves available stock of an item for a demand.
 *
 * @param demand         the host's reference of what the stock is for (an order, a job); issues for
 *                       it consume its reservations
 * @param quantity       in any of the item's units
 * @param strategy       which stock it takes first
 * @param location       only stock in this internal location and the locations under it, or null
 * @param lot            only this lot (or serial number), or null
 * @param idempotencyKey optional: the same key again returns the first result and reserves nothing more
 */
public record ReserveStock(
        @NotNull ItemId item,
        @NotBlank @Size(max = 128) String demand,
        @NotNull Quantity quantity,
        @NotNull ReservationStrategy strategy,
        LocationId location,
        @Size(max = 64) @Pattern(regexp = NewStockMove.CODE, message = NewStockMove.CODE_MESSAGE) String lot,
        @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * A FIFO reservation anywhere in the tenant's internal locations.
     *
     * @param item     the stock item
     * @param demand   the host's reference of what the stock is for
     * @param quantity in any of the item's units
     * @return the command
     */
    public static ReserveStock of(ItemId item, String demand, Quantity quantity) {
        return new ReserveStock(item, demand, quantity, ReservationStrategy.FIFO, null, null, null);
    }

    /**
     * Takes stock in another order.
     *
     * @param how which stock is taken first
     * @return a copy of this command with that strategy
     */
    public ReserveStock using(ReservationStrategy how) {
        return new ReserveStock(item, demand, quantity, how, location, lot, idempotencyKey);
    }

    /**
     * Only stock in the location and the locations under it.
     *
     * @param where an internal location
     * @return a copy of this command limited to it
     */
    public ReserveStock at(LocationId where) {
        return new ReserveStock(item, demand, quantity, strategy, where, lot, idempotencyKey);
    }

    /**
     * Only the given lot or serial number.
     *
     * @param code the lot code or serial number
     * @return a copy of this command limited to it
     */
    public ReserveStock lot(String code) {
        return new ReserveStock(item, demand, quantity, strategy, location, code, idempotencyKey);
    }

    /**
     * The same reservation, made at most once for this key.
     *
     * @param key 1 to 128 characters; the same key again returns the first result
     * @return a copy of this command with that key
     */
    public ReserveStock withIdempotencyKey(String key) {
        return new ReserveStock(item, demand, quantity, strategy, location, lot, key);
    }
}
