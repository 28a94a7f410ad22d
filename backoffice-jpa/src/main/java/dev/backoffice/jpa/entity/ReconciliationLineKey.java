package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of a matched line of a reconciliation: the reconciliation, and the journal line (entry, number). */
@Embeddable
public class ReconciliationLineKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "reconciliation_id", nullable = false, updatable = false)
    private UUID reconciliationId;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private UUID entryId;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    public ReconciliationLineKey() {
    }

    public ReconciliationLineKey(UUID reconciliationId, UUID entryId, int lineNo) {
        this.reconciliationId = reconciliationId;
        this.entryId = entryId;
        this.lineNo = lineNo;
    }

    public UUID getReconciliationId() {
        return reconciliationId;
    }

    public void setReconciliationId(UUID reconciliationId) {
        this.reconciliationId = reconciliationId;
    }

    public UUID getEntryId() {
        return entryId;
    }

    public void setEntryId(UUID entryId) {
        this.entryId = entryId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public void setLineNo(int lineNo) {
        this.lineNo = lineNo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReconciliationLineKey other && lineNo == other.lineNo
                && Objects.equals(reconciliationId, other.reconciliationId) && Objects.equals(entryId, other.entryId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reconciliationId, entryId, lineNo);
    }
}
