package dev.backoffice.stock.api;

import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.NegativeStockPolicy;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.Tracking;
import dev.backoffice.stock.domain.UnitOfMeasure;
import dev.backoffice.stock.domain.ValuationMethod;

import java.time.Instant;

/** An item as the catalogue shows it. */
public record StockItemSnapshot(ItemId id, String sku, String name, UnitOfMeasure unit, Tracking tracking,
                                ValuationMethod valuation, NegativeStockPolicy negativeStock,
                                boolean backordersAllowed, Instant createdAt) {

    /**
     * The snapshot of an item as it is now.
     *
     * @param item the item
     * @return its immutable snapshot
     */
    public static StockItemSnapshot of(StockItem item) {
        return new StockItemSnapshot(item.id(), item.sku(), item.name(), item.unit(), item.tracking(),
                item.valuation(), item.negativeStock(), item.backordersAllowed(), item.createdAt());
    }
}
