package dev.backoffice.stock.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.WarehouseId;
import jakarta.validation.constraints.NotNull;

/**
 * Sets the min/max reorder rule of an item in a warehouse, replacing the one it had. The quantities
 * may be in any of the item's units; they are kept in its base unit.
 *
 * @param item      the item
 * @param warehouse the warehouse
 * @param minimum   the forecast position below which the item is reordered, zero or more
 * @param maximum   the position an order brings it back to, at least the minimum
 * @param multiple  optional: every order is a multiple of it (a box, a pallet); above zero
 */
public record SetReorderRule(@NotNull ItemId item, @NotNull WarehouseId warehouse, @NotNull Quantity minimum,
                             @NotNull Quantity maximum, Quantity multiple) {

    /**
     * A rule without an order multiple.
     *
     * @param item      the item
     * @param warehouse the warehouse
     * @param minimum   the minimum
     * @param maximum   the maximum
     * @return the command
     */
    public static SetReorderRule of(ItemId item, WarehouseId warehouse, Quantity minimum, Quantity maximum) {
        return new SetReorderRule(item, warehouse, minimum, maximum, null);
    }

    /**
     * The same rule with an order multiple.
     *
     * @param multiple the quantity every order is a multiple of
     * @return the command
     */
    public SetReorderRule multipleOf(Quantity multiple) {
        return new SetReorderRule(item, warehouse, minimum, maximum, multiple);
    }
}
