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
     *
     * @param actor   who acts; needs {@code stock.item.manage}
     * @param command the item: SKU (unique in the tenant, {@code stock.item.duplicate_sku}), name, units and
     *                policies
     * @return the created item
     */
    StockItemSnapshot createItem(Actor actor, CreateItem command);

    /**
     * Changes an item's name and policies ({@code stock.item.not_found}).
     *
     * @param actor   who acts; needs {@code stock.item.manage}
     * @param command the item and what changes in it
     * @return the item as changed
     */
    StockItemSnapshot changeItem(Actor actor, ChangeItem command);

    /**
     * The item; {@code stock.item.not_found} when the tenant has none with that id.
     *
     * @param actor who acts; needs {@code stock.read}
     * @param item  the item's id
     * @return the item; {@code stock.item.not_found} when the tenant has none with that id
     */
    StockItemSnapshot item(Actor actor, ItemId item);

    /**
     * Looks an item up by its SKU, the host's own code for it.
     *
     * @param actor who acts; needs {@code stock.read}
     * @param sku   the SKU, exactly as created
     * @return the item, or empty when the tenant has none with that SKU
     */
    Optional<StockItemSnapshot> itemBySku(Actor actor, String sku);

    /**
     * Every item of the tenant, ordered by SKU.
     *
     * @param actor who acts; needs {@code stock.read}
     * @return the tenant's items
     */
    List<StockItemSnapshot> items(Actor actor);
}
