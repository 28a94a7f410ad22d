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
     *
     * @param actor   who acts; needs {@code stock.location.manage}
     * @param command the warehouse's code (unique in the tenant) and name
     * @return the new warehouse with its root location
     */
    WarehouseSnapshot openWarehouse(Actor actor, OpenWarehouse command);

    /**
     * Adds an internal location under an internal one. Refused with
     * {@code stock.location.not_found}, {@code stock.location.not_internal} (under a virtual
     * location), {@code stock.location.code_taken} and {@code stock.location.code_too_long}.
     *
     * @param actor   who acts; needs {@code stock.location.manage}
     * @param command the parent location, code and name
     * @return the new location
     */
    LocationSnapshot addLocation(Actor actor, AddLocation command);

    /**
     * The warehouse; {@code stock.warehouse.not_found} when the tenant has none with that id.
     *
     * @param actor     who acts; needs {@code stock.read}
     * @param warehouse the warehouse's id
     * @return the warehouse
     */
    WarehouseSnapshot warehouse(Actor actor, WarehouseId warehouse);

    /**
     * Every warehouse of the tenant, ordered by code.
     *
     * @param actor who acts; needs {@code stock.read}
     * @return the tenant's warehouses
     */
    List<WarehouseSnapshot> warehouses(Actor actor);

    /**
     * The location; {@code stock.location.not_found} when the tenant has none with that id.
     *
     * @param actor    who acts; needs {@code stock.read}
     * @param location the location's id
     * @return the location
     */
    LocationSnapshot location(Actor actor, LocationId location);

    /**
     * The internal locations of a warehouse, ordered by code, its root first.
     *
     * @param actor     who acts; needs {@code stock.read}
     * @param warehouse the warehouse's id
     * @return its locations, root included
     */
    List<LocationSnapshot> locations(Actor actor, WarehouseId warehouse);

    /**
     * The tenant's virtual location of a type; {@code stock.location.not_found} before the tenant's
     * first warehouse, or for {@code INTERNAL}.
     *
     * @param actor who acts; needs {@code stock.read}
     * @param type  a virtual type (supplier, customer, inventory loss, transit, production)
     * @return the tenant's location of that type
     */
    LocationSnapshot virtualLocation(Actor actor, LocationType type);
}
