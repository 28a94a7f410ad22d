package dev.backoffice.shipments.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;

import java.util.List;

/**
 * What to take where for a shipment: its reserved stock grouped by location, locations in the
 * order of their codes (a walk through the warehouse), and within one, by item and lot.
 * Quantities are in the items' base units.
 *
 * @param shipment the shipment the stock is reserved for
 * @param stops    the locations to visit, in the order of their codes
 */
public record PickingList(ShipmentId shipment, List<Stop> stops) {

    /**
     * One location and what to take from it.
     *
     * @param location the location
     * @param code     its full code, by which the stops are ordered
     * @param picks    what to take there, by item and lot
     */
    public record Stop(LocationId location, String code, List<Pick> picks) {
    }

    /**
     * One item (and lot or serial number) to take.
     *
     * @param item     the stock item
     * @param lot      the lot or serial number reserved, or null for an untracked item
     * @param quantity how much to take, in the item's base unit
     */
    public record Pick(ItemId item, String lot, Quantity quantity) {
    }
}
