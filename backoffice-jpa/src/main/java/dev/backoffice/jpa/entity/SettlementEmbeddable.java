package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code bo_invoice_settlements}: what one payment, note or undo settled on a document. */
@Embeddable
public class SettlementEmbeddable {

    @Column(name = "source_id", nullable = false)
    private UUID sourceId;

    @Column(name = "settled_on", nullable = false)
    private LocalDate settledOn;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    public UUID getSourceId() {
        return sourceId;
    }

    public void setSourceId(UUID sourceId) {
        this.sourceId = sourceId;
    }

    public LocalDate getSettledOn() {
        return settledOn;
    }

    public void setSettledOn(LocalDate settledOn) {
        this.settledOn = settledOn;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public void setAmountMinor(long amountMinor) {
        this.amountMinor = amountMinor;
    }
}
