package dev.backoffice.stock.application;

import dev.backoffice.common.application.UseCases;
import dev.backoffice.stock.api.Inventory;
import dev.backoffice.stock.api.ItemCatalog;
import dev.backoffice.stock.api.Replenishment;
import dev.backoffice.stock.api.Reservations;
import dev.backoffice.stock.api.StockLedger;
import dev.backoffice.stock.api.Stocktaking;
import dev.backoffice.stock.api.Warehousing;
import dev.backoffice.stock.spi.Backorders;
import dev.backoffice.stock.spi.PhysicalCounts;
import dev.backoffice.stock.spi.ReorderRules;
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
    /** Null when the adapters provide no valuation ports. */
    private final dev.backoffice.stock.api.StockValuation valuation;
    private final StockLedger stockLedger;
    private final Replenishment replenishment;

    /**
     * The context without valuation, over the stock ports one by one.
     *
     * @param useCases          runs each call as one audited, access-checked unit of work
     * @param items             the item catalogue
     * @param warehouses        the warehouses
     * @param locations         the locations, internal and virtual
     * @param moves             the stock moves
     * @param quantities        the on-hand and reserved quantities
     * @param lots              the lots and serial numbers
     * @param stockReservations the reservations
     * @param backorders        the backorders
     * @param counts            the physical counts
     * @param history           the read model of done moves
     * @param reorderRules      the reorder rules per item and warehouse
     */
    public StockContext(UseCases useCases, StockItems items, Warehouses warehouses, StockLocations locations,
                        StockMoves moves, StockQuantities quantities, StockLots lots,
                        StockReservations stockReservations, Backorders backorders, PhysicalCounts counts, StockHistory history,
                        ReorderRules reorderRules) {
        this(useCases, items, warehouses, locations, moves, quantities, lots, stockReservations, backorders, counts,
                history, reorderRules, null, null);
    }

    /**
     * The context with valuation when {@code valuationPorts} is given, posting stock value through
     * {@code ledger} (none: valuation without posting).
     *
     * @param useCases          runs each call as one audited, access-checked unit of work
     * @param items             the item catalogue
     * @param warehouses        the warehouses
     * @param locations         the locations, internal and virtual
     * @param moves             the stock moves
     * @param quantities        the on-hand and reserved quantities
     * @param lots              the lots and serial numbers
     * @param stockReservations the reservations
     * @param backorders        the backorders
     * @param counts            the physical counts
     * @param history           the read model of done moves
     * @param reorderRules      the reorder rules per item and warehouse
     * @param valuationPorts    the valuation ports, or null for no valuation
     * @param ledger            the ledger stock value posts to, or null to value without posting
     */
    public StockContext(UseCases useCases, StockItems items, Warehouses warehouses, StockLocations locations,
                        StockMoves moves, StockQuantities quantities, StockLots lots,
                        StockReservations stockReservations, Backorders backorders, PhysicalCounts counts,
                        StockHistory history, ReorderRules reorderRules,
                        dev.backoffice.stock.spi.StockValuationAdapters valuationPorts,
                        dev.backoffice.stock.spi.StockValuePosting ledger) {
        ValuationService valuationService = valuationPorts == null ? null : new ValuationService(useCases, items, moves,
                valuationPorts, ledger == null ? NoStockValuePosting.INSTANCE : ledger);
        this.valuation = valuationService;
        StockKeeping keeping = new StockKeeping(locations, quantities, lots);
        Allocation allocation = new Allocation(useCases, locations, quantities, lots, stockReservations, backorders);
        this.itemCatalog = new ItemCatalogService(useCases, items);
        this.warehousing = new WarehousingService(useCases, warehouses, locations);
        ReorderPoints reorderPoints = new ReorderPoints(useCases, reorderRules, locations, quantities, moves);
        InventoryService inventoryService = new InventoryService(useCases, items, locations, moves, quantities, lots,
                keeping, allocation, valuationService == null ? MoveValuation.NONE : valuationService, reorderPoints);
        this.inventory = inventoryService;
        this.reservations = new ReservationService(useCases, items, locations, quantities, stockReservations, backorders,
                keeping, allocation, reorderPoints);
        this.replenishment = new ReplenishmentService(useCases, items, warehouses, reorderRules, reorderPoints);
        this.stocktaking = new StocktakingService(useCases, items, locations, quantities, counts, inventoryService);
        this.stockLedger = new StockLedgerService(useCases, items, locations, history);
    }

    /**
     * The context over every stock port of one set of adapters (valuation without a ledger to post to).
     *
     * @param useCases runs each call as one audited, access-checked unit of work
     * @param adapters one set of stock adapters
     */
    public StockContext(UseCases useCases, StockAdapters adapters) {
        this(useCases, adapters, null);
    }

    /**
     * The context over every stock port of one set of adapters, valuation included when they provide it.
     *
     * @param useCases runs each call as one audited, access-checked unit of work
     * @param adapters one set of stock adapters
     * @param ledger   the ledger stock value posts to, or null to value without posting
     */
    public StockContext(UseCases useCases, StockAdapters adapters, dev.backoffice.stock.spi.StockValuePosting ledger) {
        this(useCases, adapters.stockItems(), adapters.warehouses(), adapters.stockLocations(), adapters.stockMoves(),
                adapters.stockQuantities(), adapters.stockLots(), adapters.stockReservations(), adapters.backorders(),
                adapters.physicalCounts(), adapters.stockHistory(), adapters.reorderRules(),
                adapters.valuation().orElse(null), ledger);
    }

    /**
     * The items the tenant keeps in stock.
     *
     * @return the item catalogue use cases
     */
    public ItemCatalog itemCatalog() {
        return itemCatalog;
    }

    /**
     * Moves, on-hand quantities and lot traces.
     *
     * @return the inventory use cases
     */
    public Inventory inventory() {
        return inventory;
    }

    /**
     * Stock held for demands, backorders, and the proof that reserved quantities do not drift.
     *
     * @return the reservation use cases
     */
    public Reservations reservations() {
        return reservations;
    }

    /**
     * Physical counts whose variances post as adjustments.
     *
     * @return the physical count use cases
     */
    public Stocktaking stocktaking() {
        return stocktaking;
    }

    /**
     * Warehouses, their locations and the virtual locations.
     *
     * @return the warehouse use cases
     */
    public Warehousing warehousing() {
        return warehousing;
    }

    /**
     * The value of the stock; empty when the adapters provide no valuation ports.
     *
     * @return the valuation use cases, or empty
     */
    public java.util.Optional<dev.backoffice.stock.api.StockValuation> valuation() {
        return java.util.Optional.ofNullable(valuation);
    }

    /**
     * Stock as of a past instant and the history of the done moves.
     *
     * @return the stock ledger use cases
     */
    public StockLedger stockLedger() {
        return stockLedger;
    }

    /** {@return min/max reorder rules per item and warehouse, and what to reorder} */
    public Replenishment replenishment() {
        return replenishment;
    }
}
