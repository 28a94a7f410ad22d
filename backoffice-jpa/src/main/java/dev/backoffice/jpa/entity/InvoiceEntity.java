package dev.backoffice.jpa.entity;

import dev.backoffice.accounts.domain.InvoiceKind;
import dev.backoffice.accounts.domain.InvoiceStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code bo_invoices} with its lines, line totals, taxes and settlements. Once issued, its
 * content never changes (PostgreSQL refuses it by trigger); its status, credited amount and
 * settlements do.
 */
@Entity(name = "BoInvoice")
@Table(name = "bo_invoices")
public class InvoiceEntity implements VersionedEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_kind", nullable = false, updatable = false, length = 32)
    private InvoiceKind kind;

    @Column(name = "party_id", nullable = false, updatable = false)
    private UUID partyId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "correction_of", updatable = false)
    private UUID correctionOf;

    @Column(name = "reference", length = 128)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private InvoiceStatus status;

    @Column(name = "document_number", length = 32)
    private String number;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "journal_entry_id")
    private UUID journalEntryId;

    @Column(name = "net_minor", nullable = false)
    private long netMinor;

    @Column(name = "tax_minor", nullable = false)
    private long taxMinor;

    @Column(name = "gross_minor", nullable = false)
    private long grossMinor;

    @Column(name = "credited_minor", nullable = false)
    private long creditedMinor;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "issued_by", length = 128)
    private String issuedBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @ElementCollection
    @CollectionTable(name = "bo_invoice_lines", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderBy("lineNo")
    private List<InvoiceLineEmbeddable> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bo_invoice_line_totals", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "seq_no")
    private List<LineTotalEmbeddable> lineTotals = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bo_invoice_taxes", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "seq_no")
    private List<TaxTotalEmbeddable> taxes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bo_invoice_settlements", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "seq_no")
    private List<SettlementEmbeddable> settlements = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

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

    public InvoiceKind getKind() {
        return kind;
    }

    public void setKind(InvoiceKind kind) {
        this.kind = kind;
    }

    public UUID getPartyId() {
        return partyId;
    }

    public void setPartyId(UUID partyId) {
        this.partyId = partyId;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public UUID getCorrectionOf() {
        return correctionOf;
    }

    public void setCorrectionOf(UUID correctionOf) {
        this.correctionOf = correctionOf;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public void setStatus(InvoiceStatus status) {
        this.status = status;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public UUID getJournalEntryId() {
        return journalEntryId;
    }

    public void setJournalEntryId(UUID journalEntryId) {
        this.journalEntryId = journalEntryId;
    }

    public long getNetMinor() {
        return netMinor;
    }

    public void setNetMinor(long netMinor) {
        this.netMinor = netMinor;
    }

    public long getTaxMinor() {
        return taxMinor;
    }

    public void setTaxMinor(long taxMinor) {
        this.taxMinor = taxMinor;
    }

    public long getGrossMinor() {
        return grossMinor;
    }

    public void setGrossMinor(long grossMinor) {
        this.grossMinor = grossMinor;
    }

    public long getCreditedMinor() {
        return creditedMinor;
    }

    public void setCreditedMinor(long creditedMinor) {
        this.creditedMinor = creditedMinor;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public void setIssuedBy(String issuedBy) {
        this.issuedBy = issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public void setIssuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
    }

    public List<InvoiceLineEmbeddable> getLines() {
        return lines;
    }

    public void setLines(List<InvoiceLineEmbeddable> lines) {
        this.lines = lines;
    }

    public List<LineTotalEmbeddable> getLineTotals() {
        return lineTotals;
    }

    public void setLineTotals(List<LineTotalEmbeddable> lineTotals) {
        this.lineTotals = lineTotals;
    }

    public List<TaxTotalEmbeddable> getTaxes() {
        return taxes;
    }

    public void setTaxes(List<TaxTotalEmbeddable> taxes) {
        this.taxes = taxes;
    }

    public List<SettlementEmbeddable> getSettlements() {
        return settlements;
    }

    public void setSettlements(List<SettlementEmbeddable> settlements) {
        this.settlements = settlements;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
