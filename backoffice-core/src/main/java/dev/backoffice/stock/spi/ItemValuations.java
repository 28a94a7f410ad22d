package dev.backoffice.stock.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.ItemValuation;

import java.util.List;
import java.util.Optional;

/**
 * The value of each item's stock, with its cost layers: one aggregate per tenant and item.
 * Two units of work valuing one item run one after the other: {@link #lockForUpdate} holds the
 * item's valuation (on a database {@code SELECT ... FOR UPDATE}) until the unit of work ends, so
 * two issues never consume the same layer twice; {@link #save} with a stale version fails with
 * {@code ConcurrentUpdateException}.
 */
public interface ItemValuations {

    /**
     * The item's valuation, locked for the rest of the unit of work; empty before its first valued move.
     *
     * @param tenant the tenant the call is scoped to
     * @param item   the stock item
     * @return the locked valuation, or empty before the item's first valued move
     */
    Optional<ItemValuation> lockForUpdate(TenantId tenant, ItemId item);

    /**
     * The item's valuation as last committed or written in this unit of work.
     *
     * @param tenant the tenant the call is scoped to
     * @param item   the stock item
     * @return the valuation, or empty before the item's first valued move
     */
    Optional<ItemValuation> find(TenantId tenant, ItemId item);

    /**
     * Stores a new valuation (version 0) or the change of a stored one (its version plus one).
     *
     * @param valuation the new or changed valuation
     */
    void save(ItemValuation valuation);

    /**
     * Every valuation of the tenant, by item id.
     *
     * @param tenant the tenant the call is scoped to
     * @return the tenant's valuations
     */
    List<ItemValuation> findAll(TenantId tenant);
}
