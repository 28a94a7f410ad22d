package dev.backoffice.inmemory;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.StockMovesContract;
import dev.backoffice.stock.spi.StockAdapters;

class InMemoryStockMovesTest extends StockMovesContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters();
    private final InMemoryStockAdapters stockAdapters = InMemoryStockAdapters.over(adapters);

    @Override
    protected BackOfficeAdapters adapters() {
        return adapters;
    }

    @Override
    protected StockAdapters stockAdapters() {
        return stockAdapters;
    }
}
