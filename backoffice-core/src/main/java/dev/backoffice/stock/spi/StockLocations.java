package dev.backoffice.stock.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.WarehouseId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stock locations of every tenant: the internal trees of its warehouses and its virtual
 * locations. Locations never change once stored. Every method is scoped to one tenant.
 */
public interface StockLocations {

    /**
     * Stores a new location. A second location with the same code in the tenant must fail (so a
     * tenant has one virtual location of each type: their codes are fixed).
     *
     * @param location the new location
     */
    void add(StockLocation location);

    /**
     * The location with that id in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param id     the location's id
     * @return the location, or empty when the tenant has none with that id
     */
    Optional<StockLocation> find(TenantId tenant, LocationId id);

    /**
     * The locations among {@code ids} that exist in the tenant; unknown ids are absent from the map.
     *
     * @param tenant the tenant the call is scoped to
     * @param ids    the ids to look up
     * @return the locations found, by id
     */
    Map<LocationId, StockLocation> findAll(TenantId tenant, Collection<LocationId> ids);

    /**
     * The location with that code in the tenant (codes are unique in a tenant).
     *
     * @param tenant the tenant the call is scoped to
     * @param code   the location's code
     * @return the location, or empty when no location has that code
     */
    Optional<StockLocation> findByCode(TenantId tenant, String code);

    /**
     * The tenant's virtual location of a type, once it exists.
     *
     * @param tenant the tenant the call is scoped to
     * @param type   a virtual location type
     * @return that location, or empty before it is created
     */
    Optional<StockLocation> findVirtual(TenantId tenant, LocationType type);

    /**
     * The internal locations of a warehouse, ordered by code (the root first).
     *
     * @param tenant    the tenant the call is scoped to
     * @param warehouse the warehouse
     * @return its internal locations
     */
    List<StockLocation> findByWarehouse(TenantId tenant, WarehouseId warehouse);

    /**
     * Every location of the tenant, ordered by code (virtual locations first: their codes start with
     * {@code @}).
     *
     * @param tenant the tenant the call is scoped to
     * @return all the tenant's locations
     */
    List<StockLocation> findAll(TenantId tenant);
}
