package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code bo_stock_reorder_rules}: the min/max reorder rule of an item in a warehouse. */
@Entity(name = "BoStockReorderRule")
@Table(name = "bo_stock_reorder_rules")
public class ReorderRuleEntity implements VersionedEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private UUID itemId;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private UUID warehouseId;

    @Column(name = "unit", nullable = false, updatable = false, length = 16)
    private String unit;

    @Column(name = "minimum", nullable = false, precision = 24, scale = 6)
    private BigDecimal minimum;

    @Column(name = "maximum", nullable = false, precision = 24, scale = 6)
    private BigDecimal maximum;

    @Column(name = "order_multiple", precision = 24, scale = 6)
    private BigDecimal orderMultiple;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "changed_by", nullable = false, length = 128)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** {@return the rule's id} */
    public UUID getId() {
        return id;
    }

    /**
     * Sets the rule's id.
     *
     * @param id the value
     */
    public void setId(UUID id) {
        this.id = id;
    }

    /** {@return the tenant} */
    @Override
    public String getTenantId() {
        return tenantId;
    }

    /**
     * Sets the tenant.
     *
     * @param tenantId the value
     */
    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    /** {@return the item} */
    public UUID getItemId() {
        return itemId;
    }

    /**
     * Sets the item.
     *
     * @param itemId the value
     */
    public void setItemId(UUID itemId) {
        this.itemId = itemId;
    }

    /** {@return the warehouse} */
    public UUID getWarehouseId() {
        return warehouseId;
    }

    /**
     * Sets the warehouse.
     *
     * @param warehouseId the value
     */
    public void setWarehouseId(UUID warehouseId) {
        this.warehouseId = warehouseId;
    }

    /** {@return the item's base unit} */
    public String getUnit() {
        return unit;
    }

    /**
     * Sets the item's base unit.
     *
     * @param unit the value
     */
    public void setUnit(String unit) {
        this.unit = unit;
    }

    /** {@return the minimum} */
    public BigDecimal getMinimum() {
        return minimum;
    }

    /**
     * Sets the minimum.
     *
     * @param minimum the value
     */
    public void setMinimum(BigDecimal minimum) {
        this.minimum = minimum;
    }

    /** {@return the maximum} */
    public BigDecimal getMaximum() {
        return maximum;
    }

    /**
     * Sets the maximum.
     *
     * @param maximum the value
     */
    public void setMaximum(BigDecimal maximum) {
        this.maximum = maximum;
    }

    /** {@return the order multiple, or null} */
    public BigDecimal getOrderMultiple() {
        return orderMultiple;
    }

    /**
     * Sets the order multiple, or null.
     *
     * @param orderMultiple the value
     */
    public void setOrderMultiple(BigDecimal orderMultiple) {
        this.orderMultiple = orderMultiple;
    }

    /** {@return when the rule was first set} */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /**
     * Sets when the rule was first set.
     *
     * @param createdAt the value
     */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** {@return who set the rule last} */
    public String getChangedBy() {
        return changedBy;
    }

    /**
     * Sets who set the rule last.
     *
     * @param changedBy the value
     */
    public void setChangedBy(String changedBy) {
        this.changedBy = changedBy;
    }

    /** {@return when the rule was set last} */
    public Instant getChangedAt() {
        return changedAt;
    }

    /**
     * Sets when the rule was set last.
     *
     * @param changedAt the value
     */
    public void setChangedAt(Instant changedAt) {
        this.changedAt = changedAt;
    }

    /** {@return the optimistic version} */
    @Override
    public long getVersion() {
        return version;
    }

    /**
     * Sets the optimistic version.
     *
     * @param version the value
     */
    public void setVersion(long version) {
        this.version = version;
    }
}
