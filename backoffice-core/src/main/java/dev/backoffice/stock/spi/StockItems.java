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
     */
    void add(StockItem item);

    /**
     * Stores a changed item. Fails with {@link dev.backoffice.common.ConcurrentUpdateException}
     * when the stored version is no longer {@link StockItem#version()}.
     */
    void update(StockItem item);

    Optional<StockItem> find(TenantId tenant, ItemId id);

    Optional<StockItem> findBySku(TenantId tenant, String sku);

    /** All items of the tenant, ordered by SKU. */
    List<StockItem> findAll(TenantId tenant);
}
