package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * A row of {@code bo_reconciled_lines}: a journal line an <em>active</em> reconciliation holds.
 * Its primary key (tenant, entry, line number) is what makes a line belong to at most one active
 * reconciliation, also when two transactions reconcile it at once; the row is deleted when its
 * reconciliation is undone.
 */
@Entity(name = "BoReconciledLine")
@Table(name = "bo_reconciled_lines")
@IdClass(ReconciledLineEntity.Key.class)
public class ReconciledLineEntity {

    /** The composite key: tenant, journal entry and line number. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String tenantId;
        private UUID entryId;
        private int lineNo;

        public Key() {
        }

        public Key(String tenantId, UUID entryId, int lineNo) {
            this.tenantId = tenantId;
            this.entryId = entryId;
            this.lineNo = lineNo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && lineNo == other.lineNo && Objects.equals(tenantId, other.tenantId)
                    && Objects.equals(entryId, other.entryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, entryId, lineNo);
        }
    }

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Id
    @Column(name = "entry_id", nullable = false, updatable = false)
    private UUID entryId;

    @Id
    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "reconciliation_id", nullable = false, updatable = false)
    private UUID reconciliationId;

    public ReconciledLineEntity() {
    }

    public ReconciledLineEntity(String tenantId, UUID entryId, int lineNo, UUID reconciliationId) {
        this.tenantId = tenantId;
        this.entryId = entryId;
        this.lineNo = lineNo;
        this.reconciliationId = reconciliationId;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
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

    public UUID getReconciliationId() {
        return reconciliationId;
    }

    public void setReconciliationId(UUID reconciliationId) {
        this.reconciliationId = reconciliationId;
    }
}
