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
 */
public record PickingList(ShipmentId shipment, List<Stop> stops) {

    /** One location and what to take from it. */
    public record Stop(LocationId location, String code, List<Pick> picks) {
    }

    /** One item (and lot or serial number) to take. */
    public record Pick(ItemId item, String lot, Quantity quantity) {
    }
}
