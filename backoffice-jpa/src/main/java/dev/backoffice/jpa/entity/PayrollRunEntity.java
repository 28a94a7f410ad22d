package dev.backoffice.jpa.entity;

import dev.backoffice.personnel.domain.RunKind;
import dev.backoffice.personnel.domain.RunStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code bo_payroll_runs} (the month as its first day) owning its payslips. Only the
 * marks of approval, posting, payment and reversal are ever updated.
 */
@Entity(name = "BoPayrollRun")
@Table(name = "bo_payroll_runs")
public class PayrollRunEntity implements VersionedEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "period_month", nullable = false, updatable = false)
    private LocalDate periodMonth;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private RunKind kind;

    @Column(name = "reversal_of", updatable = false)
    private UUID reversalOf;

    @Column(name = "reversed_by")
    private UUID reversedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private RunStatus status;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "prepared_by", nullable = false, updatable = false, length = 128)
    private String preparedBy;

    @Column(name = "prepared_at", nullable = false, updatable = false)
    private Instant preparedAt;

    @Column(name = "approved_by", length = 128)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "posted_by", length = 128)
    private String postedBy;

    @Column(name = "posted_at")
    private Instant postedAt;

    @Column(name = "journal_entry_id")
    private UUID journalEntryId;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @ElementCollection
    @CollectionTable(name = "bo_payroll_payment_entries", joinColumns = @JoinColumn(name = "run_id"))
    @OrderColumn(name = "entry_no")
    @Column(name = "journal_entry_id", nullable = false)
    private List<UUID> paymentEntryIds = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "run", cascade = CascadeType.PERSIST)
    @OrderBy("id.lineNo")
    @BatchSize(size = 16)
    private List<PayslipEntity> payslips = new ArrayList<>();

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

    public LocalDate getPeriodMonth() {
        return periodMonth;
    }

    public void setPeriodMonth(LocalDate periodMonth) {
        this.periodMonth = periodMonth;
    }

    public RunKind getKind() {
        return kind;
    }

    public void setKind(RunKind kind) {
        this.kind = kind;
    }

    public UUID getReversalOf() {
        return reversalOf;
    }

    public void setReversalOf(UUID reversalOf) {
        this.reversalOf = reversalOf;
    }

    public UUID getReversedBy() {
        return reversedBy;
    }

    public void setReversedBy(UUID reversedBy) {
        this.reversedBy = reversedBy;
    }

    public RunStatus getStatus() {
        return status;
    }

    public void setStatus(RunStatus status) {
        this.status = status;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public void setPreparedBy(String preparedBy) {
        this.preparedBy = preparedBy;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public void setPreparedAt(Instant preparedAt) {
        this.preparedAt = preparedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public void setApprovedBy(String approvedBy) {
        this.approvedBy = approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public void setApprovedAt(Instant approvedAt) {
        this.approvedAt = approvedAt;
    }

    public String getPostedBy() {
        return postedBy;
    }

    public void setPostedBy(String postedBy) {
        this.postedBy = postedBy;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public void setPostedAt(Instant postedAt) {
        this.postedAt = postedAt;
    }

    public UUID getJournalEntryId() {
        return journalEntryId;
    }

    public void setJournalEntryId(UUID journalEntryId) {
        this.journalEntryId = journalEntryId;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public List<UUID> getPaymentEntryIds() {
        return paymentEntryIds;
    }

    public void setPaymentEntryIds(List<UUID> paymentEntryIds) {
        this.paymentEntryIds = paymentEntryIds;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<PayslipEntity> getPayslips() {
        return payslips;
    }

    public void setPayslips(List<PayslipEntity> payslips) {
        this.payslips = payslips;
    }


}
