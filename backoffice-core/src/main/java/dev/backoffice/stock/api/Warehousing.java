package dev.backoffice.stock.api;

import dev.backoffice.common.Actor;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.WarehouseId;

import java.util.List;

/**
 * The warehouses of the actor's tenant and their trees of internal locations, and the tenant's
 * virtual locations (supplier, customer, inventory loss, transit), which exist from its first
 * warehouse on.
 */
public interface Warehousing {

    /**
     * Opens a warehouse with its root location, and the tenant's virtual locations if they do not
     * exist yet. Refused with {@code stock.warehouse.code_taken} when a warehouse, or
     * {@code stock.location.code_taken} when a location, of the tenant has the code.
     */
    WarehouseSnapshot openWarehouse(Actor actor, OpenWarehouse command);

    /**
     * Adds an internal location under an internal one. Refused with
     * {@code stock.location.not_found}, {@code stock.location.not_internal} (under a virtual
     * location), {@code stock.location.code_taken} and {@code stock.location.code_too_long}.
     */
    LocationSnapshot addLocation(Actor actor, AddLocation command);

    /** The warehouse; {@code stock.warehouse.not_found} when the tenant has none with that id. */
    WarehouseSnapshot warehouse(Actor actor, WarehouseId warehouse);

    /** Every warehouse of the tenant, ordered by code. */
    List<WarehouseSnapshot> warehouses(Actor actor);

    /** The location; {@code stock.location.not_found} when the tenant has none with that id. */
    LocationSnapshot location(Actor actor, LocationId location);

    /** The internal locations of a warehouse, ordered by code, its root first. */
    List<LocationSnapshot> locations(Actor actor, WarehouseId warehouse);

    /**
     * The tenant's virtual location of a type; {@code stock.location.not_found} before the tenant's
     * first warehouse, or for {@code INTERNAL}.
     */
    LocationSnapshot virtualLocation(Actor actor, LocationType type);
}
