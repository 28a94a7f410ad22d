package dev.backoffice.inmemory;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.StockCountsContract;
import dev.backoffice.stock.spi.StockAdapters;

class InMemoryStockCountsTest extends StockCountsContract {

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
