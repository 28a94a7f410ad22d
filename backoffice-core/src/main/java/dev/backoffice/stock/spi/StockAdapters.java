package dev.backoffice.stock.spi;

/**
 * One implementation of every outbound port of the stock context, sharing the store and the unit
 * of work of the adapters of the other contexts (the in-memory ones, or the JPA ones).
 */
public interface StockAdapters {

    /**
     * The item catalogue.
     *
     * @return the items port
     */
    StockItems stockItems();

    /**
     * The warehouses.
     *
     * @return the warehouses port
     */
    Warehouses warehouses();

    /**
     * The locations, internal and virtual.
     *
     * @return the locations port
     */
    StockLocations stockLocations();

    /**
     * The stock moves.
     *
     * @return the moves port
     */
    StockMoves stockMoves();

    /**
     * The on-hand and reserved quantities, changed by guarded statements.
     *
     * @return the quantities port
     */
    StockQuantities stockQuantities();

    /**
     * The lots and serial numbers of tracked items.
     *
     * @return the lots port
     */
    StockLots stockLots();

    /**
     * The reservations.
     *
     * @return the reservations port
     */
    StockReservations stockReservations();

    /**
     * The backorders.
     *
     * @return the backorders port
     */
    Backorders backorders();

    /**
     * The physical counts.
     *
     * @return the physical counts port
     */
    PhysicalCounts physicalCounts();

    /**
     * The history of done moves, read as of a past point and page by page.
     *
     * @return the history read model
     */
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
     *
     * @return the valuation ports, or empty when these adapters do not value stock
     */
    default java.util.Optional<StockValuationAdapters> valuation() {
        return java.util.Optional.empty();
    }
}
