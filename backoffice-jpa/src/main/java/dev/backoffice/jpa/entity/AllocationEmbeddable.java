package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code bo_payment_allocations}: part of a payment allocated to a document, and its undo if any. */
@Embeddable
public class AllocationEmbeddable {

    @Column(name = "allocation_id", nullable = false)
    private UUID allocationId;

    @Column(name = "invoice_id", nullable = false)
    private UUID invoiceId;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(name = "allocated_on", nullable = false)
    private LocalDate allocatedOn;

    @Column(name = "entry_id", nullable = false)
    private UUID entryId;

    @Column(name = "undone_on")
    private LocalDate undoneOn;

    @Column(name = "reversal_id")
    private UUID reversalId;

    public UUID getAllocationId() {
        return allocationId;
    }

    public void setAllocationId(UUID allocationId) {
        this.allocationId = allocationId;
    }

    public UUID getInvoiceId() {
        return invoiceId;
    }

    public void setInvoiceId(UUID invoiceId) {
        this.invoiceId = invoiceId;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public void setAmountMinor(long amountMinor) {
        this.amountMinor = amountMinor;
    }

    public LocalDate getAllocatedOn() {
        return allocatedOn;
    }

    public void setAllocatedOn(LocalDate allocatedOn) {
        this.allocatedOn = allocatedOn;
    }

    public UUID getEntryId() {
        return entryId;
    }

    public void setEntryId(UUID entryId) {
        this.entryId = entryId;
    }

    public LocalDate getUndoneOn() {
        return undoneOn;
    }

    public void setUndoneOn(LocalDate undoneOn) {
        this.undoneOn = undoneOn;
    }

    public UUID getReversalId() {
        return reversalId;
    }

    public void setReversalId(UUID reversalId) {
        this.reversalId = reversalId;
    }
}
