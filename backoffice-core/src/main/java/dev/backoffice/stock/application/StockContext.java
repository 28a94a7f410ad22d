package dev.backoffice.stock.application;

import dev.backoffice.common.application.UseCases;
import dev.backoffice.stock.api.Inventory;
import dev.backoffice.stock.api.ItemCatalog;
import dev.backoffice.stock.api.Reservations;
import dev.backoffice.stock.api.StockLedger;
import dev.backoffice.stock.api.Stocktaking;
import dev.backoffice.stock.api.Warehousing;
import dev.backoffice.stock.spi.Backorders;
import dev.backoffice.stock.spi.PhysicalCounts;
import dev.backoffice.stock.spi.StockAdapters;
import dev.backoffice.stock.spi.StockHistory;
import dev.backoffice.stock.spi.StockItems;
import dev.backoffice.stock.spi.StockLocations;
import dev.backoffice.stock.spi.StockLots;
import dev.backoffice.stock.spi.StockMoves;
import dev.backoffice.stock.spi.StockQuantities;
import dev.backoffice.stock.spi.StockReservations;
import dev.backoffice.stock.spi.Warehouses;

/** Wires the stock context: its api services over its spi adapters. */
public final class StockContext {

    private final ItemCatalog itemCatalog;
    private final Warehousing warehousing;
    private final Inventory inventory;
    private final Reservations reservations;
    private final Stocktaking stocktaking;
    private final StockLedger stockLedger;

    public StockContext(UseCases useCases, StockItems items, Warehouses warehouses, StockLocations locations,
                        StockMoves moves, StockQuantities quantities, StockLots lots,
                        StockReservations stockReservations, Backorders backorders, PhysicalCounts counts,
                        StockHistory history) {
        StockKeeping keeping = new StockKeeping(locations, quantities, lots);
        Allocation allocation = new Allocation(useCases, locations, quantities, lots, stockReservations, backorders);
        this.itemCatalog = new ItemCatalogService(useCases, items);
        this.warehousing = new WarehousingService(useCases, warehouses, locations);
        InventoryService inventoryService = new InventoryService(useCases, items, locations, moves, quantities, lots,
                keeping, allocation);
        this.inventory = inventoryService;
        this.reservations = new ReservationService(useCases, items, locations, quantities, stockReservations, backorders,
                keeping, allocation);
        this.stocktaking = new StocktakingService(useCases, items, locations, quantities, counts, inventoryService);
        this.stockLedger = new StockLedgerService(useCases, items, locations, history);
    }

    /** The context over every stock port of one set of adapters. */
    public StockContext(UseCases useCases, StockAdapters adapters) {
        this(useCases, adapters.stockItems(), adapters.warehouses(), adapters.stockLocations(), adapters.stockMoves(),
                adapters.stockQuantities(), adapters.stockLots(), adapters.stockReservations(), adapters.backorders(),
                adapters.physicalCounts(), adapters.stockHistory());
    }

    /** The items the tenant keeps in stock. */
    public ItemCatalog itemCatalog() {
        return itemCatalog;
    }

    /** Moves, on-hand quantities and lot traces. */
    public Inventory inventory() {
        return inventory;
    }

    /** Stock held for demands, backorders, and the proof that reserved quantities do not drift. */
    public Reservations reservations() {
        return reservations;
    }

    /** Physical counts whose variances post as adjustments. */
    public Stocktaking stocktaking() {
        return stocktaking;
    }

    /** Warehouses, their locations and the virtual locations. */
    public Warehousing warehousing() {
        return warehousing;
    }

    /** Stock as of a past instant and the history of the done moves. */
    public StockLedger stockLedger() {
        return stockLedger;
    }
}
