package dev.backoffice.jpa.entity;

import dev.backoffice.accounts.domain.ReconciliationStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code bo_reconciliations}, owning the lines it matched. The row and its lines stay
 * when it is undone (history); the lines an active reconciliation holds are in
 * {@code bo_reconciled_lines} ({@link ReconciledLineEntity}).
 */
@Entity(name = "BoReconciliation")
@Table(name = "bo_reconciliations")
public class ReconciliationEntity implements VersionedEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ReconciliationStatus status;

    @Column(name = "reconciled_by", nullable = false, updatable = false, length = 128)
    private String reconciledBy;

    @Column(name = "reconciled_at", nullable = false, updatable = false)
    private Instant reconciledAt;

    @Column(name = "undone_by", length = 128)
    private String undoneBy;

    @Column(name = "undone_at")
    private Instant undoneAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "reconciliation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ReconciliationLineEntity> lines = new ArrayList<>();

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    @Override
    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public void setAccountId(UUID accountId) {
        this.accountId = accountId;
    }

    public ReconciliationStatus getStatus() {
        return status;
    }

    public void setStatus(ReconciliationStatus status) {
        this.status = status;
    }

    public String getReconciledBy() {
        return reconciledBy;
    }

    public void setReconciledBy(String reconciledBy) {
        this.reconciledBy = reconciledBy;
    }

    public Instant getReconciledAt() {
        return reconciledAt;
    }

    public void setReconciledAt(Instant reconciledAt) {
        this.reconciledAt = reconciledAt;
    }

    public String getUndoneBy() {
        return undoneBy;
    }

    public void setUndoneBy(String undoneBy) {
        this.undoneBy = undoneBy;
    }

    public Instant getUndoneAt() {
        return undoneAt;
    }

    public void setUndoneAt(Instant undoneAt) {
        this.undoneAt = undoneAt;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<ReconciliationLineEntity> getLines() {
        return lines;
    }

    public void setLines(List<ReconciliationLineEntity> lines) {
        this.lines = lines;
    }
}
