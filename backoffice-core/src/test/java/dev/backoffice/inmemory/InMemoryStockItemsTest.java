package dev.backoffice.inmemory;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.StockItemsContract;
import dev.backoffice.stock.spi.StockAdapters;

class InMemoryStockItemsTest extends StockItemsContract {

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
