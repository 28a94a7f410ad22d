package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code bo_stock_value_layers}: what a value entry took from or added to one cost layer. */
@Embeddable
public class LayerUseEmbeddable {

    @Column(name = "receipt_id", updatable = false)
    private UUID receipt;

    @Column(name = "received_at", updatable = false)
    private Instant receivedAt;

    @Column(name = "received", nullable = false, updatable = false, precision = 24, scale = 6)
    private BigDecimal received;

    @Column(name = "quantity", nullable = false, updatable = false, precision = 24, scale = 6)
    private BigDecimal quantity;

    @Column(name = "value_minor", nullable = false, updatable = false)
    private long valueMinor;

    @Column(name = "provisional", nullable = false, updatable = false)
    private boolean provisional;

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

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public long getValueMinor() {
        return valueMinor;
    }

    public void setValueMinor(long valueMinor) {
        this.valueMinor = valueMinor;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public void setProvisional(boolean provisional) {
        this.provisional = provisional;
    }
}
