package dev.backoffice.stock.domain;

import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.Objects;

/**
 * A warehouse of the tenant, known by a code unique in the tenant. Its stock is held in a tree of
 * internal locations whose root carries the warehouse's code.
 */
public final class Warehouse {

    private final WarehouseId id;
    private final TenantId tenant;
    private final String code;
    private final String name;
    private final LocationId rootLocation;
    private final Instant createdAt;

    private Warehouse(WarehouseId id, TenantId tenant, String code, String name, LocationId rootLocation,
                      Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.rootLocation = Objects.requireNonNull(rootLocation, "rootLocation");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new warehouse; the caller stores its root location, {@link StockLocation#warehouseRoot}, beside it. */
    public static Warehouse open(WarehouseId id, TenantId tenant, String code, String name, LocationId rootLocation,
                                 Instant now) {
        return new Warehouse(id, tenant, code.strip(), name.strip(), rootLocation, now);
    }

    /** Rebuilds a stored warehouse (for adapters). */
    public static Warehouse restore(WarehouseId id, TenantId tenant, String code, String name, LocationId rootLocation,
                                    Instant createdAt) {
        return new Warehouse(id, tenant, code, name, rootLocation, createdAt);
    }

    public WarehouseId id() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public LocationId rootLocation() {
        return rootLocation;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
