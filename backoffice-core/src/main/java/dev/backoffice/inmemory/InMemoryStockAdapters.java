package dev.backoffice.inmemory;

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

import java.util.Objects;

/**
 * Every port of the stock context in memory, over the unit of work of the other in-memory
 * adapters, so that a use case that touches stock and, say, the audit trail commits or rolls back
 * as one.
 */
public final class InMemoryStockAdapters implements StockAdapters {

    private final InMemoryStockItems stockItems;
    private final InMemoryWarehouses warehouses;
    private final InMemoryStockLocations stockLocations;
    private final InMemoryStockMoves stockMoves;
    private final InMemoryStockQuantities stockQuantities;
    private final InMemoryStockLots stockLots;
    private final InMemoryStockReservations stockReservations;
    private final InMemoryBackorders backorders;
    private final InMemoryPhysicalCounts physicalCounts;
    private final dev.backoffice.stock.spi.StockValuationAdapters valuation;
    private final InMemoryStockHistory stockHistory;
    private final InMemoryReorderRules reorderRules;

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryStockAdapters(InMemoryUnitOfWork unitOfWork) {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.stockItems = new InMemoryStockItems(unitOfWork);
        this.warehouses = new InMemoryWarehouses(unitOfWork);
        this.stockLocations = new InMemoryStockLocations(unitOfWork);
        this.stockMoves = new InMemoryStockMoves(unitOfWork);
        this.stockQuantities = new InMemoryStockQuantities(unitOfWork);
        this.stockLots = new InMemoryStockLots(unitOfWork);
        this.stockReservations = new InMemoryStockReservations(unitOfWork);
        this.backorders = new InMemoryBackorders(unitOfWork);
        this.physicalCounts = new InMemoryPhysicalCounts(unitOfWork);
        InMemoryItemValuations itemValuations = new InMemoryItemValuations(unitOfWork);
        InMemoryStockValueEntries valueEntries = new InMemoryStockValueEntries(unitOfWork);
        InMemoryStockValuationPolicies valuationPolicies = new InMemoryStockValuationPolicies(unitOfWork);
        this.valuation = new dev.backoffice.stock.spi.StockValuationAdapters() {
            @Override
            public dev.backoffice.stock.spi.ItemValuations itemValuations() {
                return itemValuations;
            }

            @Override
            public dev.backoffice.stock.spi.StockValueEntries stockValueEntries() {
                return valueEntries;
            }

            @Override
            public dev.backoffice.stock.spi.StockValuationPolicies stockValuationPolicies() {
                return valuationPolicies;
            }
        };
        this.stockHistory = new InMemoryStockHistory(stockMoves);
        this.reorderRules = new InMemoryReorderRules(unitOfWork);
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

    @Override
    public java.util.Optional<dev.backoffice.stock.spi.StockValuationAdapters> valuation() {
        return java.util.Optional.of(valuation);
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
