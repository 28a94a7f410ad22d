package dev.backoffice.stock.domain;

import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.Objects;

/**
 * Something the tenant keeps in stock, known by a SKU unique in the tenant. Its stock is kept in
 * the base unit of its {@link UnitOfMeasure}; its {@link Tracking} says whether moves name lots or
 * serial numbers; its policies say whether internal stock may go negative and whether a demand
 * larger than what is available is backordered instead of refused.
 */
public final class StockItem {

    private final ItemId id;
    private final TenantId tenant;
    private final String sku;
    private String name;
    private final UnitOfMeasure unit;
    private final Tracking tracking;
    private ValuationMethod valuation;
    private NegativeStockPolicy negativeStock;
    private boolean backordersAllowed;
    private final Instant createdAt;
    private final long version;

    private StockItem(ItemId id, TenantId tenant, String sku, String name, UnitOfMeasure unit, Tracking tracking,
                      ValuationMethod valuation, NegativeStockPolicy negativeStock, boolean backordersAllowed,
                      Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.sku = Objects.requireNonNull(sku, "sku");
        this.name = Objects.requireNonNull(name, "name");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.tracking = Objects.requireNonNull(tracking, "tracking");
        this.valuation = Objects.requireNonNull(valuation, "valuation");
        this.negativeStock = Objects.requireNonNull(negativeStock, "negativeStock");
        this.backordersAllowed = backordersAllowed;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
    }

    /** A new item. A serial-tracked item is counted in whole units of its base unit. */
    public static StockItem create(ItemId id, TenantId tenant, String sku, String name, UnitOfMeasure unit,
                                   Tracking tracking, ValuationMethod valuation, NegativeStockPolicy negativeStock,
                                   boolean backordersAllowed, Instant now) {
        if (tracking == Tracking.SERIAL && unit.decimals() != 0) {
            throw new dev.backoffice.common.RuleViolationException(StockError.UNIT_INVALID,
                    "A serial-tracked item is counted in whole " + unit.base() + ": its base unit has no decimals.");
        }
        return new StockItem(id, tenant, sku.strip(), name.strip(), unit, tracking, valuation, negativeStock,
                backordersAllowed, now, 0);
    }

    /** Rebuilds a stored item (for adapters). */
    public static StockItem restore(ItemId id, TenantId tenant, String sku, String name, UnitOfMeasure unit,
                                    Tracking tracking, ValuationMethod valuation, NegativeStockPolicy negativeStock,
                                    boolean backordersAllowed, Instant createdAt, long version) {
        return new StockItem(id, tenant, sku, name, unit, tracking, valuation, negativeStock, backordersAllowed,
                createdAt, version);
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "newName").strip();
    }

    /** Changes the policies; tracking and units never change once stock may have moved. */
    public void changePolicies(ValuationMethod newValuation, NegativeStockPolicy newNegativeStock,
                               boolean newBackordersAllowed) {
        this.valuation = Objects.requireNonNull(newValuation, "newValuation");
        this.negativeStock = Objects.requireNonNull(newNegativeStock, "newNegativeStock");
        this.backordersAllowed = newBackordersAllowed;
    }

    /** The quantity in the base unit ({@code stock.unit.unknown}, {@code stock.quantity.too_precise}). */
    public Quantity toBase(Quantity quantity) {
        return unit.toBase(quantity);
    }

    public boolean allowsNegativeStock() {
        return negativeStock == NegativeStockPolicy.ALLOWED;
    }

    public ItemId id() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public UnitOfMeasure unit() {
        return unit;
    }

    public String baseUnit() {
        return unit.base();
    }

    public Tracking tracking() {
        return tracking;
    }

    public ValuationMethod valuation() {
        return valuation;
    }

    public NegativeStockPolicy negativeStock() {
        return negativeStock;
    }

    public boolean backordersAllowed() {
        return backordersAllowed;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The stored version this object was read at, for optimistic locking. */
    public long version() {
        return version;
    }
}
