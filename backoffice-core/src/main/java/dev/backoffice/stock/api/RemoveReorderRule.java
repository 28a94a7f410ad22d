package dev.backoffice.stock.api;

import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.WarehouseId;
import jakarta.validation.constraints.NotNull;

/**
 * Removes the reorder rule of an item in a warehouse.
 *
 * @param item      the item
 * @param warehouse the warehouse
 */
public record RemoveReorderRule(@NotNull ItemId item, @NotNull WarehouseId warehouse) {

    /**
     * The command.
     *
     * @param item      the item
     * @param warehouse the warehouse
     * @return the command
     */
    public static RemoveReorderRule of(ItemId item, WarehouseId warehouse) {
        return new RemoveReorderRule(item, warehouse);
    }
}
