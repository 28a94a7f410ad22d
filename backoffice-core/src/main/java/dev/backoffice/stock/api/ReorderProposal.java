package dev.backoffice.stock.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.ReorderRuleId;
import dev.backoffice.stock.domain.WarehouseId;

/**
 * What to reorder of an item for a warehouse, by its reorder rule. Quantities are in the item's
 * base unit.
 *
 * @param rule            the reorder rule
 * @param item            the item
 * @param sku             the item's SKU
 * @param warehouse       the warehouse
 * @param warehouseCode   the warehouse's code
 * @param onHand          on hand in the warehouse's internal locations
 * @param reserved        reserved there
 * @param incoming        draft receipts into the warehouse
 * @param position        the forecast position: on hand less reserved plus incoming
 * @param minimum         the rule's minimum, which the position is below
 * @param maximum         the rule's maximum
 * @param multiple        the rule's order multiple; null for none
 * @param quantityToOrder the maximum less the position, rounded up to the multiple
 */
public record ReorderProposal(ReorderRuleId rule, ItemId item, String sku, WarehouseId warehouse, String warehouseCode,
                              Quantity onHand, Quantity reserved, Quantity incoming, Quantity position,
                              Quantity minimum, Quantity maximum, Quantity multiple, Quantity quantityToOrder) {
}
