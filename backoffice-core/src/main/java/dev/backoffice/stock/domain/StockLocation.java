package dev.backoffice.stock.domain;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A place stock can be in. Internal locations form one tree per warehouse: the root carries the
 * warehouse's code, and a child's code is its parent's code, a slash and its own short code
 * ({@code MAIN/A/01}), so codes are unique in the tenant. Virtual locations ({@code @supplier},
 * {@code @customer}, {@code @inventory-loss}, {@code @transit}) exist once per tenant, outside any
 * warehouse.
 */
public final class StockLocation {

    /** The longest full code of a location. */
    public static final int MAX_CODE_LENGTH = 255;

    private final LocationId id;
    private final TenantId tenant;
    private final WarehouseId warehouse;
    private final LocationId parent;
    private final String code;
    private final String name;
    private final LocationType type;
    private final Instant createdAt;

    private StockLocation(LocationId id, TenantId tenant, WarehouseId warehouse, LocationId parent, String code,
                          String name, LocationType type, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.warehouse = warehouse;
        this.parent = parent;
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        if (type.isVirtual() != (warehouse == null)) {
            throw new IllegalArgumentException("internal locations belong to a warehouse, virtual ones to none");
        }
    }

    /**
     * The root location of a new warehouse, carrying the warehouse's code and name.
     *
     * @param id        its id
     * @param tenant    the tenant it belongs to
     * @param warehouse the new warehouse
     * @param code      the warehouse's code
     * @param name      the warehouse's name
     * @param now       the time of the change, from the injected clock
     * @return the root location
     */
    public static StockLocation warehouseRoot(LocationId id, TenantId tenant, WarehouseId warehouse, String code,
                                              String name, Instant now) {
        return new StockLocation(id, tenant, warehouse, null, code.strip(), name.strip(), LocationType.INTERNAL, now);
    }

    /**
     * A new internal location under an internal parent; its code is the parent's code, a slash and
     * the short code. Refused with {@code stock.location.not_internal} under a virtual location.
     *
     * @param parent    an internal location
     * @param id        its id
     * @param shortCode its code within the parent
     * @param name      the name people see
     * @param now       the time of the change, from the injected clock
     * @return the new location
     */
    public static StockLocation under(StockLocation parent, LocationId id, String shortCode, String name, Instant now) {
        if (parent.type.isVirtual()) {
            throw new RuleViolationException(StockError.LOCATION_NOT_INTERNAL,
                    "The virtual location " + parent.code + " cannot hold other locations.");
        }
        String code = parent.code + "/" + shortCode.strip();
        if (code.length() > MAX_CODE_LENGTH) {
            throw new RuleViolationException(StockError.LOCATION_CODE_TOO_LONG,
                    "The location code " + code + " is longer than " + MAX_CODE_LENGTH + " characters.");
        }
        return new StockLocation(id, parent.tenant, parent.warehouse, parent.id, code, name.strip(),
                LocationType.INTERNAL, now);
    }

    /**
     * The tenant's virtual location of a type.
     *
     * @param id     its id
     * @param tenant the tenant it belongs to
     * @param type   a virtual type
     * @param now    the time of the change, from the injected clock
     * @return the virtual location, its code fixed by the type
     */
    public static StockLocation virtual(LocationId id, TenantId tenant, LocationType type, Instant now) {
        if (!type.isVirtual()) {
            throw new IllegalArgumentException("not a virtual type: " + type);
        }
        String name = switch (type) {
            case SUPPLIER -> "Suppliers";
            case CUSTOMER -> "Customers";
            case INVENTORY_LOSS -> "Inventory loss";
            case TRANSIT -> "Transit";
            case INTERNAL -> throw new IllegalArgumentException("internal");
        };
        return new StockLocation(id, tenant, null, null, type.virtualCode(), name, type, now);
    }

    /**
     * Rebuilds a stored location (for adapters).
     *
     * @param id        its id
     * @param tenant    the tenant it belongs to
     * @param warehouse the warehouse, or null for a virtual location
     * @param parent    the parent, or null
     * @param code      the full code
     * @param name      the name
     * @param type      its type
     * @param createdAt when it was created
     * @return the location as stored
     */
    public static StockLocation restore(LocationId id, TenantId tenant, WarehouseId warehouse, LocationId parent,
                                        String code, String name, LocationType type, Instant createdAt) {
        return new StockLocation(id, tenant, warehouse, parent, code, name, type, createdAt);
    }

    /**
     * Whether stock there belongs to the company (a warehouse location, or transit).
     *
     * @return whether stock there belongs to the company (a warehouse location, or transit)
     */
    public boolean isInternal() {
        return type == LocationType.INTERNAL;
    }

    /**
     * Whether it stands for the outside (supplier, customer, loss, production).
     *
     * @return whether it stands for the outside (supplier, customer, loss, production)
     */
    public boolean isVirtual() {
        return type.isVirtual();
    }

    /**
     * The location's id.
     *
     * @return the location's id
     */
    public LocationId id() {
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
     * The warehouse of an internal location; empty for a virtual one.
     *
     * @return the warehouse, or empty
     */
    public Optional<WarehouseId> warehouse() {
        return Optional.ofNullable(warehouse);
    }

    /**
     * The parent location; empty for a warehouse's root and for virtual locations.
     *
     * @return the parent, or empty
     */
    public Optional<LocationId> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * Its code, unique in the tenant (the parent's code, a slash and its own).
     *
     * @return its code, unique in the tenant (the parent's code, a slash and its own)
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
     * Its type.
     *
     * @return its type
     */
    public LocationType type() {
        return type;
    }

    /**
     * When it was created.
     *
     * @return when it was created
     */
    public Instant createdAt() {
        return createdAt;
    }
}
