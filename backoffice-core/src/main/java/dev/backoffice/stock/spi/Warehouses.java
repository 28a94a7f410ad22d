package dev.backoffice.stock.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.Warehouse;
import dev.backoffice.stock.domain.WarehouseId;

import java.util.List;
import java.util.Optional;

/** The warehouses of every tenant. Every method is scoped to one tenant. */
public interface Warehouses {

    /**
     * Stores a new warehouse. A second warehouse with the same code in the tenant must fail.
     *
     * @param warehouse the new warehouse
     */
    void add(Warehouse warehouse);

    /**
     * The warehouse with that id in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param id     the warehouse's id
     * @return the warehouse, or empty when the tenant has none with that id
     */
    Optional<Warehouse> find(TenantId tenant, WarehouseId id);

    /**
     * The warehouse with that code in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param code   the warehouse's code
     * @return the warehouse, or empty when no warehouse has that code
     */
    Optional<Warehouse> findByCode(TenantId tenant, String code);

    /**
     * All warehouses of the tenant, ordered by code.
     *
     * @param tenant the tenant the call is scoped to
     * @return the tenant's warehouses
     */
    List<Warehouse> findAll(TenantId tenant);
}
