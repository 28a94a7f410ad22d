package dev.backoffice.contract;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.NegativeStockPolicy;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.Tracking;
import dev.backoffice.stock.domain.UnitOfMeasure;
import dev.backoffice.stock.domain.ValuationMethod;
import dev.backoffice.stock.domain.Warehouse;
import dev.backoffice.stock.domain.WarehouseId;
import dev.backoffice.stock.spi.StockAdapters;

/**
 * The base of every stock port contract: the adapters of the other contexts (for the unit of
 * work) and the stock adapters under test, which must share that unit of work.
 */
public abstract class StockAdapterContract extends AdapterContract {

    /** The stock adapters under test, over the unit of work of {@link #adapters()}: by default the ones they provide. */
    protected StockAdapters stockAdapters() {
        return adapters().stock().orElseThrow(() -> new AssertionError("the adapters under test provide no stock ports"));
    }

    protected StockItem item(TenantId owner, String sku, Tracking tracking) {
        return StockItem.create(ItemId.of(newId()), owner, sku, "Item " + sku, UnitOfMeasure.of("pc").with("box", "12"),
                tracking, ValuationMethod.FIFO, NegativeStockPolicy.FORBIDDEN, false, NOW);
    }

    protected StockItem storedItem(TenantId owner, String sku, Tracking tracking) {
        StockItem item = item(owner, sku, tracking);
        inTx(() -> stockAdapters().stockItems().add(item));
        return item;
    }

    /** Stores a warehouse with its root location and returns the root. */
    protected StockLocation storedWarehouse(TenantId owner, String code) {
        WarehouseId id = WarehouseId.of(newId());
        StockLocation root = StockLocation.warehouseRoot(LocationId.of(newId()), owner, id, code, "Warehouse " + code, NOW);
        inTx(() -> {
            stockAdapters().warehouses().add(Warehouse.open(id, owner, code, "Warehouse " + code, root.id(), NOW));
            stockAdapters().stockLocations().add(root);
        });
        return root;
    }

    protected StockLocation storedLocation(StockLocation parent, String code) {
        StockLocation location = StockLocation.under(parent, LocationId.of(newId()), code, "Location " + code, NOW);
        inTx(() -> stockAdapters().stockLocations().add(location));
        return location;
    }

    protected StockLocation storedVirtual(TenantId owner, LocationType type) {
        StockLocation location = StockLocation.virtual(LocationId.of(newId()), owner, type, NOW);
        inTx(() -> stockAdapters().stockLocations().add(location));
        return location;
    }
}
