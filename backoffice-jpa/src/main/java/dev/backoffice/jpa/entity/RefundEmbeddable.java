package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code bo_payment_refunds}: part of a payment paid back. */
@Embeddable
public class RefundEmbeddable {

    @Column(name = "refund_id", nullable = false)
    private UUID refundId;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(name = "refunded_on", nullable = false)
    private LocalDate refundedOn;

    @Column(name = "entry_id", nullable = false)
    private UUID entryId;

    public UUID getRefundId() {
        return refundId;
    }

    public void setRefundId(UUID refundId) {
        this.refundId = refundId;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public void setAmountMinor(long amountMinor) {
        this.amountMinor = amountMinor;
    }

    public LocalDate getRefundedOn() {
        return refundedOn;
    }

    public void setRefundedOn(LocalDate refundedOn) {
        this.refundedOn = refundedOn;
    }

    public UUID getEntryId() {
        return entryId;
    }

    public void setEntryId(UUID entryId) {
        this.entryId = entryId;
    }
}
