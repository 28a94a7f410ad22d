package dev.backoffice.stock.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.StockItem;

import java.util.List;
import java.util.Optional;

/** The item catalogue of every tenant. Every method is scoped to one tenant. */
public interface StockItems {

    /**
     * Stores a new item. A second item with the same SKU in the tenant must fail (a unique
     * constraint on tenant and SKU), with {@code stock.item.sku_taken} where the adapter can tell.
     *
     * @param item the new item
     */
    void add(StockItem item);

    /**
     * Stores a changed item. Fails with {@link dev.backoffice.common.ConcurrentUpdateException}
     * when the stored version is no longer {@link StockItem#version()}.
     *
     * @param item the item as changed, with the version it was read at
     */
    void update(StockItem item);

    /**
     * The item with that id in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param id     the item's id
     * @return the item, or empty when the tenant has none with that id
     */
    Optional<StockItem> find(TenantId tenant, ItemId id);

    /**
     * The item with that SKU in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param sku    the SKU, exactly as stored
     * @return the item, or empty when no item has that SKU
     */
    Optional<StockItem> findBySku(TenantId tenant, String sku);

    /**
     * All items of the tenant, ordered by SKU.
     *
     * @param tenant the tenant the call is scoped to
     * @return the tenant's items
     */
    List<StockItem> findAll(TenantId tenant);
}
