package dev.backoffice.jpa.entity;

import dev.backoffice.stock.domain.QuantityGuard;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A row of {@code bo_stock_quants}. Read only through JPA: every change is one guarded native statement. */
@Entity(name = "BoStockQuant")
@Table(name = "bo_stock_quants")
@IdClass(StockQuantKey.class)
@Immutable
public class StockQuantEntity {

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Id
    @Column(name = "item_id", nullable = false, updatable = false)
    private UUID itemId;

    @Id
    @Column(name = "location_id", nullable = false, updatable = false)
    private UUID locationId;

    @Id
    @Column(name = "lot", nullable = false, updatable = false, length = 64)
    private String lot;

    @Column(name = "on_hand", nullable = false, updatable = false, precision = 24, scale = 6)
    private BigDecimal onHand;

    @Column(name = "reserved", nullable = false, updatable = false, precision = 24, scale = 6)
    private BigDecimal reserved;

    @Enumerated(EnumType.STRING)
    @Column(name = "guard", nullable = false, updatable = false, length = 24)
    private QuantityGuard guard;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public UUID getItemId() {
        return itemId;
    }

    public void setItemId(UUID itemId) {
        this.itemId = itemId;
    }

    public UUID getLocationId() {
        return locationId;
    }

    public void setLocationId(UUID locationId) {
        this.locationId = locationId;
    }

    public String getLot() {
        return lot;
    }

    public void setLot(String lot) {
        this.lot = lot;
    }

    public BigDecimal getOnHand() {
        return onHand;
    }

    public void setOnHand(BigDecimal onHand) {
        this.onHand = onHand;
    }

    public BigDecimal getReserved() {
        return reserved;
    }

    public void setReserved(BigDecimal reserved) {
        this.reserved = reserved;
    }

    public QuantityGuard getGuard() {
        return guard;
    }

    public void setGuard(QuantityGuard guard) {
        this.guard = guard;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }
}
