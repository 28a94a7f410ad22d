package dev.backoffice.stock.domain;

import dev.backoffice.common.Quantity;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A min/max reorder rule of one item in one warehouse: when the item's forecast position in the
 * warehouse falls below the {@linkplain #minimum() minimum}, order what brings it back to the
 * {@linkplain #maximum() maximum}, rounded up to the {@linkplain #multiple() order multiple} when
 * there is one. Quantities are in the item's base unit. A tenant has at most one rule per item and
 * warehouse.
 */
public final class ReorderRule {

    private final ReorderRuleId id;
    private final TenantId tenant;
    private final ItemId item;
    private final WarehouseId warehouse;
    private final String unit;
    private BigDecimal minimum;
    private BigDecimal maximum;
    private BigDecimal multiple;
    private final Instant createdAt;
    private String changedBy;
    private Instant changedAt;
    private final long version;

    private ReorderRule(ReorderRuleId id, TenantId tenant, ItemId item, WarehouseId warehouse, String unit,
                        BigDecimal minimum, BigDecimal maximum, BigDecimal multiple, Instant createdAt,
                        String changedBy, Instant changedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.item = Objects.requireNonNull(item, "item");
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.minimum = Objects.requireNonNull(minimum, "minimum");
        this.maximum = Objects.requireNonNull(maximum, "maximum");
        this.multiple = multiple;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
        this.version = version;
    }

    /**
     * A new rule of an item in a warehouse, its quantities in the item's base unit. Refused with
     * {@code stock.reorder_rule.minimum_negative}, {@code stock.reorder_rule.maximum_below_minimum} and
     * {@code stock.reorder_rule.multiple_not_positive}.
     *
     * @param id        the rule's id
     * @param item      the item (of the rule's tenant)
     * @param warehouse the warehouse (of the same tenant)
     * @param minimum   the position below which the item is reordered, zero or more
     * @param maximum   the position an order brings it back to, at least the minimum
     * @param multiple  the quantity every order is a multiple of, above zero; null for none
     * @param actor     who sets the rule
     * @param now       when
     * @return the rule
     */
    public static ReorderRule create(ReorderRuleId id, StockItem item, WarehouseId warehouse, BigDecimal minimum,
                                     BigDecimal maximum, BigDecimal multiple, String actor, Instant now) {
        check(item.sku(), minimum, maximum, multiple);
        return new ReorderRule(id, item.tenant(), item.id(), warehouse, item.baseUnit(), minimum, maximum, multiple, now,
                actor, now, 0);
    }

    /**
     * Rebuilds a stored rule (for adapters).
     *
     * @param id        the rule's id
     * @param tenant    its tenant
     * @param item      its item
     * @param warehouse its warehouse
     * @param unit      the item's base unit
     * @param minimum   the minimum
     * @param maximum   the maximum
     * @param multiple  the order multiple, or null
     * @param createdAt when the rule was first set
     * @param changedBy who set it last
     * @param changedAt when it was set last
     * @param version   the stored version
     * @return the rule
     */
    public static ReorderRule restore(ReorderRuleId id, TenantId tenant, ItemId item, WarehouseId warehouse, String unit,
                                      BigDecimal minimum, BigDecimal maximum, BigDecimal multiple, Instant createdAt,
                                      String changedBy, Instant changedAt, long version) {
        return new ReorderRule(id, tenant, item, warehouse, unit, minimum, maximum, multiple, createdAt, changedBy,
                changedAt, version);
    }

    /**
     * Replaces the quantities of the rule; refused like {@link #create} and then unchanged.
     *
     * @param sku      the item's SKU, for the messages
     * @param minimum  the new minimum
     * @param maximum  the new maximum
     * @param multiple the new order multiple, or null for none
     * @param actor    who changes the rule
     * @param now      when
     */
    public void change(String sku, BigDecimal minimum, BigDecimal maximum, BigDecimal multiple, String actor,
                       Instant now) {
        check(sku, minimum, maximum, multiple);
        this.minimum = minimum;
        this.maximum = maximum;
        this.multiple = multiple;
        this.changedBy = Objects.requireNonNull(actor, "actor");
        this.changedAt = Objects.requireNonNull(now, "now");
    }

    private static void check(String sku, BigDecimal minimum, BigDecimal maximum, BigDecimal multiple) {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        if (minimum.signum() < 0) {
            throw new RuleViolationException(StockError.REORDER_RULE_MINIMUM_NEGATIVE,
                    "The minimum of a reorder rule of " + sku + " is zero or more, not " + minimum.toPlainString() + ".");
        }
        if (maximum.compareTo(minimum) < 0) {
            throw new RuleViolationException(StockError.REORDER_RULE_MAXIMUM_BELOW_MINIMUM,
                    "The maximum of a reorder rule of " + sku + " (" + maximum.toPlainString()
                            + ") is below its minimum (" + minimum.toPlainString() + ").");
        }
        if (multiple != null && multiple.signum() <= 0) {
            throw new RuleViolationException(StockError.REORDER_RULE_MULTIPLE_NOT_POSITIVE,
                    "The order multiple of a reorder rule of " + sku + " is above zero, not "
                            + multiple.toPlainString() + ".");
        }
    }

    /**
     * Whether a forecast position calls for an order: it is below the minimum.
     *
     * @param position the forecast position, in the base unit
     * @return true below the minimum
     */
    public boolean isBelowMinimum(BigDecimal position) {
        return position.compareTo(minimum) < 0;
    }

    /**
     * What to order at a forecast position: nothing at the minimum or above; below it the maximum
     * less the position, rounded up to the order multiple.
     *
     * @param position the forecast position, in the base unit
     * @return the quantity to order in the base unit, zero when none
     */
    public BigDecimal quantityToOrder(BigDecimal position) {
        if (!isBelowMinimum(position)) {
            return BigDecimal.ZERO;
        }
        BigDecimal missing = maximum.subtract(position);
        if (multiple == null || missing.signum() <= 0) {
            return missing.max(BigDecimal.ZERO);
        }
        BigDecimal multiples = missing.divide(multiple, 0, RoundingMode.CEILING);
        return multiples.multiply(multiple);
    }

    /** {@return the rule's id} */
    public ReorderRuleId id() {
        return id;
    }

    /** {@return the tenant} */
    public TenantId tenant() {
        return tenant;
    }

    /** {@return the item} */
    public ItemId item() {
        return item;
    }

    /** {@return the warehouse} */
    public WarehouseId warehouse() {
        return warehouse;
    }

    /** {@return the item's base unit, in which the quantities are} */
    public String unit() {
        return unit;
    }

    /** {@return the minimum, in the base unit} */
    public BigDecimal minimum() {
        return minimum;
    }

    /** {@return the maximum, in the base unit} */
    public BigDecimal maximum() {
        return maximum;
    }

    /** {@return the order multiple in the base unit, if the rule has one} */
    public Optional<BigDecimal> multiple() {
        return Optional.ofNullable(multiple);
    }

    /** {@return the minimum as a quantity} */
    public Quantity minimumQuantity() {
        return Quantity.of(minimum, unit);
    }

    /** {@return the maximum as a quantity} */
    public Quantity maximumQuantity() {
        return Quantity.of(maximum, unit);
    }

    /** {@return when the rule was first set} */
    public Instant createdAt() {
        return createdAt;
    }

    /** {@return who set the rule last} */
    public String changedBy() {
        return changedBy;
    }

    /** {@return when the rule was set last} */
    public Instant changedAt() {
        return changedAt;
    }

    /** {@return the version the rule was read at} */
    public long version() {
        return version;
    }
}
