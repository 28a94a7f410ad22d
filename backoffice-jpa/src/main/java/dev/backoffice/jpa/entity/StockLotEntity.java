package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code bo_stock_lots}; a lot never changes once stored. */
@Entity(name = "BoStockLot")
@Table(name = "bo_stock_lots")
@IdClass(StockLotKey.class)
public class StockLotEntity {

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Id
    @Column(name = "item_id", nullable = false, updatable = false)
    private UUID itemId;

    @Id
    @Column(name = "code", nullable = false, updatable = false, length = 64)
    private String code;

    @Column(name = "expiry", updatable = false)
    private LocalDate expiry;

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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LocalDate getExpiry() {
        return expiry;
    }

    public void setExpiry(LocalDate expiry) {
        this.expiry = expiry;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }
}
