package dev.backoffice.stock.spi;

/**
 * One implementation of every outbound port of the stock context, sharing the store and the unit
 * of work of the adapters of the other contexts (the in-memory ones, or the JPA ones).
 */
public interface StockAdapters {

    StockItems stockItems();

    Warehouses warehouses();

    StockLocations stockLocations();

    StockMoves stockMoves();

    StockQuantities stockQuantities();

    StockLots stockLots();

    StockReservations stockReservations();

    Backorders backorders();

    PhysicalCounts physicalCounts();

    StockHistory stockHistory();

    /**
     * The reorder rules (min/max replenishment) over the same store and unit of work.
     *
     * @return the port
     */
    ReorderRules reorderRules();

    /**
     * The valuation ports over the same store and unit of work, when these adapters provide them
     * (the in-memory adapters do). Without them moves are not valued and the stock valuation
     * capability refuses every call with {@code backoffice.context_not_provided}.
     */
    default java.util.Optional<StockValuationAdapters> valuation() {
        return java.util.Optional.empty();
    }
}
