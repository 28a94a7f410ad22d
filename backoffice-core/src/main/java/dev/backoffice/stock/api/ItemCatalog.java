package dev.backoffice.stock.api;

import dev.backoffice.common.Actor;
import dev.backoffice.stock.domain.ItemId;

import java.util.List;
import java.util.Optional;

/** The items the actor's tenant keeps in stock. */
public interface ItemCatalog {

    /**
     * Adds an item. Refused with {@code stock.item.sku_taken} when the SKU is used in the tenant
     * and with {@code stock.unit.invalid} when a serial-tracked item's base unit has decimals.
     */
    StockItemSnapshot createItem(Actor actor, CreateItem command);

    /** Changes an item's name and policies ({@code stock.item.not_found}). */
    StockItemSnapshot changeItem(Actor actor, ChangeItem command);

    /** The item; {@code stock.item.not_found} when the tenant has none with that id. */
    StockItemSnapshot item(Actor actor, ItemId item);

    Optional<StockItemSnapshot> itemBySku(Actor actor, String sku);

    /** Every item of the tenant, ordered by SKU. */
    List<StockItemSnapshot> items(Actor actor);
}
