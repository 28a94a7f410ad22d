package dev.backoffice.jpa.entity;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.backoffice.stock.domain.ValuationMethod;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A row of {@code bo_stock_item_valuations}, with its cost layers in {@code bo_stock_cost_layers}. */
@Entity(name = "BoStockItemValuation")
@Table(name = "bo_stock_item_valuations")
public class ItemValuationEntity {

    @Id
    @Column(name = "item_id", nullable = false, updatable = false)
    private UUID itemId;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 16)
    private ValuationMethod method;

    @Column(name = "deficit_quantity", nullable = false, precision = 24, scale = 6)
    private BigDecimal deficitQuantity;

    @Column(name = "deficit_value_minor", nullable = false)
    private long deficitValueMinor;

    @Column(name = "standard_cost_minor")
    private Long standardCostMinor;

    @Column(name = "last_unit_cost", precision = 30, scale = 6)
    private BigDecimal lastUnitCost;

    @ElementCollection
    @CollectionTable(name = "bo_stock_cost_layers", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "layer_no")
    private List<CostLayerEmbeddable> layers = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public UUID getItemId() {
        return itemId;
    }

    public void setItemId(UUID itemId) {
        this.itemId = itemId;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public ValuationMethod getMethod() {
        return method;
    }

    public void setMethod(ValuationMethod method) {
        this.method = method;
    }

    public BigDecimal getDeficitQuantity() {
        return deficitQuantity;
    }

    public void setDeficitQuantity(BigDecimal deficitQuantity) {
        this.deficitQuantity = deficitQuantity;
    }

    public long getDeficitValueMinor() {
        return deficitValueMinor;
    }

    public void setDeficitValueMinor(long deficitValueMinor) {
        this.deficitValueMinor = deficitValueMinor;
    }

    public Long getStandardCostMinor() {
        return standardCostMinor;
    }

    public void setStandardCostMinor(Long standardCostMinor) {
        this.standardCostMinor = standardCostMinor;
    }

    public BigDecimal getLastUnitCost() {
        return lastUnitCost;
    }

    public void setLastUnitCost(BigDecimal lastUnitCost) {
        this.lastUnitCost = lastUnitCost;
    }

    public List<CostLayerEmbeddable> getLayers() {
        return layers;
    }

    public void setLayers(List<CostLayerEmbeddable> layers) {
        this.layers = layers;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
