package dev.backoffice.stock.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;

import java.time.Instant;

/**
 * What was on hand of an item in one location and lot at an instant, in the item's base unit.
 *
 * @param lot the lot code or serial number, or null for an untracked item
 */
public record StockHeld(ItemId item, LocationId location, String lot, Quantity onHand, Instant at) {
}
