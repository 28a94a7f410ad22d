package dev.backoffice.jpa.entity;

import dev.backoffice.stock.domain.AdjustmentReason;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.UUID;

/** A row of {@code bo_stock_count_lines}: one counted item and lot of a physical count. */
@Embeddable
public class CountLineEmbeddable {

    @Column(name = "item_id", nullable = false)
    private UUID itemId;

    @Column(name = "lot", nullable = false, length = 64)
    private String lot;

    @Column(name = "unit", nullable = false, length = 16)
    private String unit;

    @Column(name = "counted", nullable = false, precision = 24, scale = 6)
    private BigDecimal counted;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 16)
    private AdjustmentReason reason;

    @Column(name = "on_hand", precision = 24, scale = 6)
    private BigDecimal onHand;

    @Column(name = "adjustment_id")
    private UUID adjustmentId;

    public UUID getItemId() {
        return itemId;
    }

    public void setItemId(UUID itemId) {
        this.itemId = itemId;
    }

    public String getLot() {
        return lot;
    }

    public void setLot(String lot) {
        this.lot = lot;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getCounted() {
        return counted;
    }

    public void setCounted(BigDecimal counted) {
        this.counted = counted;
    }

    public AdjustmentReason getReason() {
        return reason;
    }

    public void setReason(AdjustmentReason reason) {
        this.reason = reason;
    }

    public BigDecimal getOnHand() {
        return onHand;
    }

    public void setOnHand(BigDecimal onHand) {
        this.onHand = onHand;
    }

    public UUID getAdjustmentId() {
        return adjustmentId;
    }

    public void setAdjustmentId(UUID adjustmentId) {
        this.adjustmentId = adjustmentId;
    }
}
