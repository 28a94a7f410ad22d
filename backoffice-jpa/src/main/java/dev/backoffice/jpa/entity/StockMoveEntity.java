package dev.backoffice.jpa.entity;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.backoffice.stock.domain.AdjustmentReason;
import dev.backoffice.stock.domain.MoveKind;
import dev.backoffice.stock.domain.MoveStatus;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A row of {@code bo_stock_moves}, with its serial numbers in {@code bo_stock_move_serials}. */
@Entity(name = "BoStockMove")
@Table(name = "bo_stock_moves")
public class StockMoveEntity implements VersionedEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private MoveKind kind;

    @Column(name = "item_id", nullable = false, updatable = false)
    private UUID itemId;

    @Column(name = "from_location", nullable = false, updatable = false)
    private UUID fromLocation;

    @Column(name = "to_location", nullable = false, updatable = false)
    private UUID toLocation;

    @Column(name = "quantity", nullable = false, updatable = false, precision = 24, scale = 6)
    private BigDecimal quantity;

    @Column(name = "unit", nullable = false, updatable = false, length = 16)
    private String unit;

    @Column(name = "base_quantity", nullable = false, updatable = false, precision = 24, scale = 6)
    private BigDecimal baseQuantity;

    @Column(name = "base_unit", nullable = false, updatable = false, length = 16)
    private String baseUnit;

    @Column(name = "lot", updatable = false, length = 64)
    private String lot;

    @Column(name = "expiry", updatable = false)
    private LocalDate expiry;

    @ElementCollection
    @CollectionTable(name = "bo_stock_move_serials", joinColumns = @JoinColumn(name = "move_id"))
    @OrderColumn(name = "position")
    @Column(name = "serial", nullable = false, length = 64)
    private List<String> serials = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", updatable = false, length = 16)
    private AdjustmentReason reason;

    @Column(name = "reference", updatable = false, length = 200)
    private String reference;

    @Column(name = "demand", updatable = false, length = 128)
    private String demand;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private MoveStatus status;

    @Column(name = "reversal_of", updatable = false)
    private UUID reversalOf;

    @Column(name = "reversed_by")
    private UUID reversedBy;

    @Column(name = "unit_cost_minor", updatable = false)
    private Long unitCostMinor;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "unit_cost_currency", updatable = false, length = 3)
    private String unitCostCurrency;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

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

    public MoveKind getKind() {
        return kind;
    }

    public void setKind(MoveKind kind) {
        this.kind = kind;
    }

    public UUID getItemId() {
        return itemId;
    }

    public void setItemId(UUID itemId) {
        this.itemId = itemId;
    }

    public UUID getFromLocation() {
        return fromLocation;
    }

    public void setFromLocation(UUID fromLocation) {
        this.fromLocation = fromLocation;
    }

    public UUID getToLocation() {
        return toLocation;
    }

    public void setToLocation(UUID toLocation) {
        this.toLocation = toLocation;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getBaseQuantity() {
        return baseQuantity;
    }

    public void setBaseQuantity(BigDecimal baseQuantity) {
        this.baseQuantity = baseQuantity;
    }

    public String getBaseUnit() {
        return baseUnit;
    }

    public void setBaseUnit(String baseUnit) {
        this.baseUnit = baseUnit;
    }

    public String getLot() {
        return lot;
    }

    public void setLot(String lot) {
        this.lot = lot;
    }

    public LocalDate getExpiry() {
        return expiry;
    }

    public void setExpiry(LocalDate expiry) {
        this.expiry = expiry;
    }

    public List<String> getSerials() {
        return serials;
    }

    public void setSerials(List<String> serials) {
        this.serials = serials;
    }

    public AdjustmentReason getReason() {
        return reason;
    }

    public void setReason(AdjustmentReason reason) {
        this.reason = reason;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getDemand() {
        return demand;
    }

    public void setDemand(String demand) {
        this.demand = demand;
    }

    public MoveStatus getStatus() {
        return status;
    }

    public void setStatus(MoveStatus status) {
        this.status = status;
    }

    public UUID getReversalOf() {
        return reversalOf;
    }

    public void setReversalOf(UUID reversalOf) {
        this.reversalOf = reversalOf;
    }

    public UUID getReversedBy() {
        return reversedBy;
    }

    public void setReversedBy(UUID reversedBy) {
        this.reversedBy = reversedBy;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public void setDoneAt(Instant doneAt) {
        this.doneAt = doneAt;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Long getUnitCostMinor() {
        return unitCostMinor;
    }

    public void setUnitCostMinor(Long unitCostMinor) {
        this.unitCostMinor = unitCostMinor;
    }

    public String getUnitCostCurrency() {
        return unitCostCurrency;
    }

    public void setUnitCostCurrency(String unitCostCurrency) {
        this.unitCostCurrency = unitCostCurrency;
    }
}
