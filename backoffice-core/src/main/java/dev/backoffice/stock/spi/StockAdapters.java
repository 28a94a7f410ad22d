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
}
