package dev.backoffice.stock.application;

import dev.backoffice.common.application.UseCases;
import dev.backoffice.stock.api.ItemCatalog;
import dev.backoffice.stock.api.Warehousing;
import dev.backoffice.stock.spi.StockAdapters;
import dev.backoffice.stock.spi.StockItems;
import dev.backoffice.stock.spi.StockLocations;
import dev.backoffice.stock.spi.Warehouses;

/** Wires the stock context: its api services over its spi adapters. */
public final class StockContext {

    private final ItemCatalog itemCatalog;
    private final Warehousing warehousing;

    public StockContext(UseCases useCases, StockItems items, Warehouses warehouses, StockLocations locations) {
        this.itemCatalog = new ItemCatalogService(useCases, items);
        this.warehousing = new WarehousingService(useCases, warehouses, locations);
    }

    /** The context over every stock port of one set of adapters. */
    public StockContext(UseCases useCases, StockAdapters adapters) {
        this(useCases, adapters.stockItems(), adapters.warehouses(), adapters.stockLocations());
    }

    /** The items the tenant keeps in stock. */
    public ItemCatalog itemCatalog() {
        return itemCatalog;
    }

    /** Warehouses, their locations and the virtual locations. */
    public Warehousing warehousing() {
        return warehousing;
    }
}
