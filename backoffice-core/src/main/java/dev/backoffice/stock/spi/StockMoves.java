package dev.backoffice.stock.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.StockMove;

import java.util.List;
import java.util.Optional;

/**
 * The stock moves of every tenant. A done move is never changed again except to link the move
 * that reverses it. Every method is scoped to one tenant.
 */
public interface StockMoves {

    /**
     * Stores a new move, draft or done.
     *
     * @param move the new move
     */
    void add(StockMove move);

    /**
     * Stores a changed move (completed, cancelled, or linked to its reversal). Fails with
     * {@link dev.backoffice.common.ConcurrentUpdateException} when the stored version is no longer
     * {@link StockMove#version()}, so a draft is completed or cancelled once.
     *
     * @param move the move as changed, with the version it was read at
     */
    void update(StockMove move);

    /**
     * The move with that id in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param id     the move's id
     * @return the move, or empty when the tenant has none with that id
     */
    Optional<StockMove> find(TenantId tenant, MoveId id);

    /**
     * The moves of an item, oldest first, at most {@code limit}.
     *
     * @param tenant the tenant the call is scoped to
     * @param item   the stock item
     * @param limit  the most moves returned
     * @return its moves
     */
    List<StockMove> findByItem(TenantId tenant, ItemId item, int limit);

    /**
     * The moves of an item that carry a lot code or serial number, oldest first.
     *
     * @param tenant the tenant the call is scoped to
     * @param item   the tracked item
     * @param lot    the lot code or serial number
     * @return its moves
     */
    List<StockMove> findByLot(TenantId tenant, ItemId item, String lot);

    /**
     * The draft moves of an item, oldest first: what replenishment counts as incoming. This default
     * filters {@link #findByItem}; a database adapter answers it with one query on the status.
     *
     * @param tenant the tenant
     * @param item   the item
     * @return the drafts, possibly none
     */
    default List<StockMove> findDrafts(TenantId tenant, ItemId item) {
        return findByItem(tenant, item, Integer.MAX_VALUE).stream()
                .filter(move -> move.status() == dev.backoffice.stock.domain.MoveStatus.DRAFT).toList();
    }
}
