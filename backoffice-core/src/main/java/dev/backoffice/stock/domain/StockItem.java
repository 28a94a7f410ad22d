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

    /**
     * A new item. A serial-tracked item is counted in whole units of its base unit.
     *
     * @param id                its id
     * @param tenant            the tenant it belongs to
     * @param sku               unique in the tenant, letters, digits and {@code ._/-}
     * @param name              the name people see
     * @param unit              the base unit and the other units with their size
     * @param tracking          whether moves name lots or serial numbers
     * @param valuation         how its stock is valued
     * @param negativeStock     whether internal stock may go below zero
     * @param backordersAllowed whether a reservation beyond what is available is backordered
     * @param now               the time of the change, from the injected clock
     * @return the new item
     */
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

    /**
     * Rebuilds a stored item (for adapters).
     *
     * @param id                its id
     * @param tenant            the tenant it belongs to
     * @param sku               unique in the tenant, letters, digits and {@code ._/-}
     * @param name              the name people see
     * @param unit              the base unit and the other units with their size
     * @param tracking          whether moves name lots or serial numbers
     * @param valuation         how its stock is valued
     * @param negativeStock     whether internal stock may go below zero
     * @param backordersAllowed whether a reservation beyond what is available is backordered
     * @param createdAt         when it was created
     * @param version           the stored version it was read at
     * @return the item as stored
     */
    public static StockItem restore(ItemId id, TenantId tenant, String sku, String name, UnitOfMeasure unit,
                                    Tracking tracking, ValuationMethod valuation, NegativeStockPolicy negativeStock,
                                    boolean backordersAllowed, Instant createdAt, long version) {
        return new StockItem(id, tenant, sku, name, unit, tracking, valuation, negativeStock, backordersAllowed,
                createdAt, version);
    }

    /**
     * Gives the item another name.
     *
     * @param newName the new name, not blank
     */
    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "newName").strip();
    }

    /**
     * Changes the policies; tracking and units never change once stock may have moved.
     *
     * @param newValuation         the new valuation method
     * @param newNegativeStock     the new rule for stock below zero
     * @param newBackordersAllowed whether reservations beyond what is available are backordered
     */
    public void changePolicies(ValuationMethod newValuation, NegativeStockPolicy newNegativeStock,
                               boolean newBackordersAllowed) {
        this.valuation = Objects.requireNonNull(newValuation, "newValuation");
        this.negativeStock = Objects.requireNonNull(newNegativeStock, "newNegativeStock");
        this.backordersAllowed = newBackordersAllowed;
    }

    /**
     * The quantity in the base unit ({@code stock.unit.unknown}, {@code stock.quantity.too_precise}).
     *
     * @param quantity in any of the item's units
     * @return the same quantity in the base unit
     */
    public Quantity toBase(Quantity quantity) {
        return unit.toBase(quantity);
    }

    /**
     * Whether internal stock of it may go below zero.
     *
     * @return whether internal stock of it may go below zero
     */
    public boolean allowsNegativeStock() {
        return negativeStock == NegativeStockPolicy.ALLOWED;
    }

    /**
     * The item's id.
     *
     * @return the item's id
     */
    public ItemId id() {
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
     * Its SKU, the host's code for it.
     *
     * @return its SKU, the host's code for it
     */
    public String sku() {
        return sku;
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
     * Its units of measure.
     *
     * @return its units of measure
     */
    public UnitOfMeasure unit() {
        return unit;
    }

    /**
     * The base unit its stock is kept in.
     *
     * @return the base unit its stock is kept in
     */
    public String baseUnit() {
        return unit.base();
    }

    /**
     * Whether moves name lots or serial numbers.
     *
     * @return whether moves name lots or serial numbers
     */
    public Tracking tracking() {
        return tracking;
    }

    /**
     * How its stock is valued.
     *
     * @return how its stock is valued
     */
    public ValuationMethod valuation() {
        return valuation;
    }

    /**
     * Its rule for stock below zero.
     *
     * @return its rule for stock below zero
     */
    public NegativeStockPolicy negativeStock() {
        return negativeStock;
    }

    /**
     * Whether a reservation beyond what is available is backordered instead of refused.
     *
     * @return whether a reservation beyond what is available is backordered instead of refused
     */
    public boolean backordersAllowed() {
        return backordersAllowed;
    }

    /**
     * When it was created.
     *
     * @return when it was created
     */
    public Instant createdAt() {
        return createdAt;
    }

    /**
     * The stored version this object was read at, for optimistic locking.
     *
     * @return the version, 0 for an item never stored
     */
    public long version() {
        return version;
    }
}
