package dev.backoffice.stock.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.QuantityChange;
import dev.backoffice.stock.domain.StockQuant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The on-hand and reserved quantities of every item per location and lot ({@link StockQuant}
 * rows), kept in step with the moves and reservations. This is the hot path of the stock context
 * and the place where it must never oversell.
 *
 * <p><b>Atomic, guarded changes.</b> {@link #apply} adds a change to one row and checks the row's
 * {@link dev.backoffice.stock.domain.QuantityGuard} on the values after the change, in one step:
 * no other unit of work may change the row between the check and the write. An adapter on a
 * database does it in <em>one guarded statement</em>, never by reading the row, deciding in Java
 * and writing it back. For a reservation, for example:
 *
 * <pre>{@code
 * UPDATE stock_quant SET reserved = reserved + :q
 *  WHERE tenant = :tenant AND item = :item AND location = :location AND lot = :lot
 *    AND on_hand - reserved >= :q
 * }</pre>
 *
 * and in general, with {@code :h} and {@code :r} the on-hand and reserved deltas,
 * {@code SET on_hand = on_hand + :h, reserved = reserved + :r WHERE <key> AND <guard>} where the
 * guard is {@code reserved + :r >= 0} for {@code RESERVED_NOT_NEGATIVE} and additionally
 * {@code on_hand + :h >= reserved + :r} for {@code AVAILABLE_NOT_NEGATIVE}. Zero rows updated means
 * refused: {@link #apply} returns {@code false} and the row is unchanged. A row that does not
 * exist yet counts as zero on hand and zero reserved: the adapter inserts it when the change on
 * zeros keeps the guard (PostgreSQL: {@code INSERT ... ON CONFLICT (<key>) DO UPDATE SET ... WHERE
 * <guard>}, the insert being skipped when the guard fails on zeros), and a unique key on tenant,
 * item, location and lot makes two concurrent inserts of one row meet. A {@code CHECK} on guarded
 * rows ({@code reserved >= 0 AND on_hand >= reserved} where the guard is stored beside them) is a
 * good second line. Changes to several rows in one unit of work are applied in the order given; the
 * application sorts them by location and lot so that two writers never take rows in opposite order.
 */
public interface StockQuantities {

    /**
     * Adds the change to its row if the row keeps the change's guard afterwards, in one atomic
     * step; returns {@code false}, changing nothing, when the guard refuses. A new row takes
     * {@code now} as its {@link StockQuant#receivedAt()}.
     *
     * @param tenant the tenant the call is scoped to
     * @param change the item, location, lot, on-hand and reserved deltas (base unit) and the guard
     * @param now    the time of the unit of work
     * @return true when the change was applied, false when the guard refused it
     */
    boolean apply(TenantId tenant, QuantityChange change, Instant now);

    /**
     * One row of stock.
     *
     * @param tenant   the tenant the call is scoped to
     * @param item     the stock item
     * @param location the location
     * @param lot      the lot code, serial number or {@link StockQuant#NO_LOT}
     * @return the row, or empty when it was never written
     */
    Optional<StockQuant> find(TenantId tenant, ItemId item, LocationId location, String lot);

    /**
     * Every row of an item, virtual locations included, ordered by location id then lot.
     *
     * @param tenant the tenant the call is scoped to
     * @param item   the stock item
     * @return its rows
     */
    List<StockQuant> findByItem(TenantId tenant, ItemId item);

    /**
     * Every row of an item with the given lot code or serial number, in any location.
     *
     * @param tenant the tenant the call is scoped to
     * @param item   the tracked item
     * @param lot    the lot code or serial number
     * @return its rows
     */
    List<StockQuant> findByLot(TenantId tenant, ItemId item, String lot);

    /**
     * Every row of the tenant whose reserved quantity is not zero (for the drift check).
     *
     * @param tenant the tenant the call is scoped to
     * @return the rows that hold a reservation
     */
    List<StockQuant> findReserved(TenantId tenant);
}
