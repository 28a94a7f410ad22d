package dev.backoffice.jpa;

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

/**
 * Every port of the stock context on the JPA adapter's unit of work, so that a stock use case and,
 * say, its audit record and outbox events commit or roll back as one. Obtained from
 * {@link JpaAdapters#stock()}.
 */
public final class JpaStockAdapters implements StockAdapters {

    private final StockItems stockItems;
    private final Warehouses warehouses;
    private final StockLocations stockLocations;
    private final StockMoves stockMoves;
    private final StockQuantities stockQuantities;
    private final StockLots stockLots;
    private final StockReservations stockReservations;
    private final Backorders backorders;
    private final PhysicalCounts physicalCounts;
    private final dev.backoffice.stock.spi.ItemValuations itemValuations;
    private final dev.backoffice.stock.spi.StockValueEntries stockValueEntries;
    private final dev.backoffice.stock.spi.StockValuationPolicies stockValuationPolicies;
    private final StockHistory stockHistory;
    private final dev.backoffice.stock.spi.ReorderRules reorderRules;

    JpaStockAdapters(JpaUnitOfWork unitOfWork) {
        this.stockItems = new JpaStockItems(unitOfWork);
        this.warehouses = new JpaWarehouses(unitOfWork);
        this.stockLocations = new JpaStockLocations(unitOfWork);
        this.stockMoves = new JpaStockMoves(unitOfWork);
        this.stockQuantities = new JpaStockQuantities(unitOfWork);
        this.stockLots = new JpaStockLots(unitOfWork);
        this.stockReservations = new JpaStockReservations(unitOfWork);
        this.backorders = new JpaBackorders(unitOfWork);
        this.physicalCounts = new JpaPhysicalCounts(unitOfWork);
        this.itemValuations = new JpaItemValuations(unitOfWork);
        this.stockValueEntries = new JpaStockValueEntries(unitOfWork);
        this.stockValuationPolicies = new JpaStockValuationPolicies(unitOfWork);
        this.stockHistory = new JpaStockHistory(unitOfWork);
        this.reorderRules = new JpaReorderRules(unitOfWork);
    }

    @Override
    public StockItems stockItems() {
        return stockItems;
    }

    @Override
    public Warehouses warehouses() {
        return warehouses;
    }

    @Override
    public StockLocations stockLocations() {
        return stockLocations;
    }

    @Override
    public StockMoves stockMoves() {
        return stockMoves;
    }

    @Override
    public StockQuantities stockQuantities() {
        return stockQuantities;
    }

    @Override
    public StockLots stockLots() {
        return stockLots;
    }

    @Override
    public StockReservations stockReservations() {
        return stockReservations;
    }

    @Override
    public Backorders backorders() {
        return backorders;
    }

    @Override
    public PhysicalCounts physicalCounts() {
        return physicalCounts;
    }

    /** The valuation ports (V12): item valuations with their cost layers, value entries, valuation policies. */
    @Override
    public java.util.Optional<dev.backoffice.stock.spi.StockValuationAdapters> valuation() {
        return java.util.Optional.of(new dev.backoffice.stock.spi.StockValuationAdapters() {
            @Override
            public dev.backoffice.stock.spi.ItemValuations itemValuations() {
                return itemValuations;
            }

            @Override
            public dev.backoffice.stock.spi.StockValueEntries stockValueEntries() {
                return stockValueEntries;
            }

            @Override
            public dev.backoffice.stock.spi.StockValuationPolicies stockValuationPolicies() {
                return stockValuationPolicies;
            }
        });
    }

    @Override
    public StockHistory stockHistory() {
        return stockHistory;
    }

    @Override
    public dev.backoffice.stock.spi.ReorderRules reorderRules() {
        return reorderRules;
    }
}
