package dev.backoffice.jpa.entity;

import dev.backoffice.stock.domain.NegativeStockPolicy;
import dev.backoffice.stock.domain.Tracking;
import dev.backoffice.stock.domain.ValuationMethod;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A row of {@code bo_stock_items}, with the item's other units in {@code bo_stock_item_units}. */
@Entity(name = "BoStockItem")
@Table(name = "bo_stock_items")
public class StockItemEntity implements VersionedEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "sku", nullable = false, updatable = false, length = 64)
    private String sku;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "base_unit", nullable = false, updatable = false, length = 16)
    private String baseUnit;

    @Column(name = "unit_decimals", nullable = false, updatable = false)
    private int unitDecimals;

    @ElementCollection
    @CollectionTable(name = "bo_stock_item_units", joinColumns = @JoinColumn(name = "item_id"))
    @MapKeyColumn(name = "unit", length = 16)
    @Column(name = "base_units", nullable = false, precision = 24, scale = 6)
    private Map<String, BigDecimal> conversions = new HashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "tracking", nullable = false, updatable = false, length = 8)
    private Tracking tracking;

    @Enumerated(EnumType.STRING)
    @Column(name = "valuation", nullable = false, length = 16)
    private ValuationMethod valuation;

    @Enumerated(EnumType.STRING)
    @Column(name = "negative_stock", nullable = false, length = 16)
    private NegativeStockPolicy negativeStock;

    @Column(name = "backorders_allowed", nullable = false)
    private boolean backordersAllowed;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBaseUnit() {
        return baseUnit;
    }

    public void setBaseUnit(String baseUnit) {
        this.baseUnit = baseUnit;
    }

    public int getUnitDecimals() {
        return unitDecimals;
    }

    public void setUnitDecimals(int unitDecimals) {
        this.unitDecimals = unitDecimals;
    }

    public Map<String, BigDecimal> getConversions() {
        return conversions;
    }

    public void setConversions(Map<String, BigDecimal> conversions) {
        this.conversions = conversions;
    }

    public Tracking getTracking() {
        return tracking;
    }

    public void setTracking(Tracking tracking) {
        this.tracking = tracking;
    }

    public ValuationMethod getValuation() {
        return valuation;
    }

    public void setValuation(ValuationMethod valuation) {
        this.valuation = valuation;
    }

    public NegativeStockPolicy getNegativeStock() {
        return negativeStock;
    }

    public void setNegativeStock(NegativeStockPolicy negativeStock) {
        this.negativeStock = negativeStock;
    }

    public boolean isBackordersAllowed() {
        return backordersAllowed;
    }

    public void setBackordersAllowed(boolean backordersAllowed) {
        this.backordersAllowed = backordersAllowed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
