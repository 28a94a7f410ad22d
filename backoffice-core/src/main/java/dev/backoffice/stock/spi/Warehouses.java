package dev.backoffice.stock.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.Warehouse;
import dev.backoffice.stock.domain.WarehouseId;

import java.util.List;
import java.util.Optional;

/** The warehouses of every tenant. Every method is scoped to one tenant. */
public interface Warehouses {

    /** Stores a new warehouse. A second warehouse with the same code in the tenant must fail. */
    void add(Warehouse warehouse);

    Optional<Warehouse> find(TenantId tenant, WarehouseId id);

    Optional<Warehouse> findByCode(TenantId tenant, String code);

    /** All warehouses of the tenant, ordered by code. */
    List<Warehouse> findAll(TenantId tenant);
}
