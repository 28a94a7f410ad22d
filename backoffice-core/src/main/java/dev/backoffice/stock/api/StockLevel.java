package dev.backoffice.stock.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;

/**
 * How much of an item is in a location, in its base unit: on hand, reserved for demands, and
 * available (on hand less reserved).
 *
 * @param lot the lot code or serial number, or null for an untracked item or a sum over lots
 */
public record StockLevel(ItemId item, LocationId location, String lot, Quantity onHand, Quantity reserved,
                         Quantity available) {
}
