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
     */
    void add(StockLocation location);

    Optional<StockLocation> find(TenantId tenant, LocationId id);

    /** The locations among {@code ids} that exist in the tenant; unknown ids are absent from the map. */
    Map<LocationId, StockLocation> findAll(TenantId tenant, Collection<LocationId> ids);

    Optional<StockLocation> findByCode(TenantId tenant, String code);

    /** The tenant's virtual location of a type, once it exists. */
    Optional<StockLocation> findVirtual(TenantId tenant, LocationType type);

    /** The internal locations of a warehouse, ordered by code (the root first). */
    List<StockLocation> findByWarehouse(TenantId tenant, WarehouseId warehouse);

    /** Every location of the tenant, ordered by code (virtual locations first: their codes start with {@code @}). */
    List<StockLocation> findAll(TenantId tenant);
}
