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

    /**
     * A new warehouse; the caller stores its root location, {@link StockLocation#warehouseRoot}, beside it.
     *
     * @param id           its id
     * @param tenant       the tenant it belongs to
     * @param code         unique in the tenant
     * @param name         the name people see
     * @param rootLocation the id of its root location
     * @param now          the time of the change, from the injected clock
     * @return the new warehouse
     */
    public static Warehouse open(WarehouseId id, TenantId tenant, String code, String name, LocationId rootLocation,
                                 Instant now) {
        return new Warehouse(id, tenant, code.strip(), name.strip(), rootLocation, now);
    }

    /**
     * Rebuilds a stored warehouse (for adapters).
     *
     * @param id           its id
     * @param tenant       the tenant it belongs to
     * @param code         unique in the tenant
     * @param name         the name people see
     * @param rootLocation the id of its root location
     * @param createdAt    when it was created
     * @return the warehouse as stored
     */
    public static Warehouse restore(WarehouseId id, TenantId tenant, String code, String name, LocationId rootLocation,
                                    Instant createdAt) {
        return new Warehouse(id, tenant, code, name, rootLocation, createdAt);
    }

    /**
     * The warehouse's id.
     *
     * @return the warehouse's id
     */
    public WarehouseId id() {
        return id;
    }

    /**
     * The tenant it belongs to.
     *
     * @return the tenant it belongs to
     */
    public TenantId tenant() {
        return tenant;
    }

    /**
     * Its code, unique in the tenant.
     *
     * @return its code, unique in the tenant
     */
    public String code() {
        return code;
    }

    /**
     * The name people see.
     *
     * @return the name people see
     */
    public String name() {
        return name;
    }

    /**
     * Its root location.
     *
     * @return its root location
     */
    public LocationId rootLocation() {
        return rootLocation;
    }

    /**
     * When it was opened.
     *
     * @return when it was opened
     */
    public Instant createdAt() {
        return createdAt;
    }
}
