package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code bo_stock_cost_layers}: what is left of a receipt (or the pool) of an item. */
@Embeddable
public class CostLayerEmbeddable {

    @Column(name = "receipt_id")
    private UUID receipt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "received", nullable = false, precision = 24, scale = 6)
    private BigDecimal received;

    @Column(name = "remaining", nullable = false, precision = 24, scale = 6)
    private BigDecimal remaining;

    @Column(name = "value_minor", nullable = false)
    private long valueMinor;

    public UUID getReceipt() {
        return receipt;
    }

    public void setReceipt(UUID receipt) {
        this.receipt = receipt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }

    public BigDecimal getReceived() {
        return received;
    }

    public void setReceived(BigDecimal received) {
        this.received = received;
    }

    public BigDecimal getRemaining() {
        return remaining;
    }

    public void setRemaining(BigDecimal remaining) {
        this.remaining = remaining;
    }

    public long getValueMinor() {
        return valueMinor;
    }

    public void setValueMinor(long valueMinor) {
        this.valueMinor = valueMinor;
    }
}
