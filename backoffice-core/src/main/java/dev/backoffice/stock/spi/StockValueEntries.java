package dev.backoffice.stock.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.StockValueEntry;

import java.util.List;
import java.util.Optional;

/** What every valued move did to the stock value: append-only. */
public interface StockValueEntries {

    /**
     * Stores a new value entry; entries are never changed.
     *
     * @param entry the entry
     */
    void add(StockValueEntry entry);

    /**
     * The entry that valued a move: a move has at most one (landed costs on a receipt are entries of their
     * own, not returned here).
     *
     * @param tenant the tenant the call is scoped to
     * @param move   the move
     * @return its entry, or empty when the move carried no value
     */
    Optional<StockValueEntry> findByMove(TenantId tenant, MoveId move);

    /**
     * An item's entries in the order they were recorded, at most {@code limit}.
     *
     * @param tenant the tenant the call is scoped to
     * @param item   the stock item
     * @param limit  the most entries returned
     * @return its entries
     */
    List<StockValueEntry> findByItem(TenantId tenant, ItemId item, int limit);
}
