package dev.backoffice.jpa.entity;

import dev.backoffice.accounts.domain.GatewayChargeStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A row of {@code bo_gateway_charges} with the references of the gateway operations applied to it. */
@Entity(name = "BoGatewayCharge")
@Table(name = "bo_gateway_charges")
public class GatewayChargeEntity implements VersionedEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "party_id", nullable = false, updatable = false)
    private UUID partyId;

    @Column(name = "invoice_id", updatable = false)
    private UUID invoiceId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private GatewayChargeStatus status;

    @Column(name = "gateway_reference", length = 128)
    private String gatewayReference;

    @Column(name = "pending_entry_id")
    private UUID pendingEntryId;

    @Column(name = "payment_id")
    private UUID paymentId;

    @Column(name = "captured_minor", nullable = false)
    private long capturedMinor;

    @Column(name = "refunded_minor", nullable = false)
    private long refundedMinor;

    @Column(name = "decline_reason", length = 1000)
    private String declineReason;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "bo_gateway_charge_transactions", joinColumns = @JoinColumn(name = "charge_id"))
    @Column(name = "transaction_reference", nullable = false, length = 128)
    private Set<String> transactions = new LinkedHashSet<>();

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

    public UUID getPartyId() {
        return partyId;
    }

    public void setPartyId(UUID partyId) {
        this.partyId = partyId;
    }

    public UUID getInvoiceId() {
        return invoiceId;
    }

    public void setInvoiceId(UUID invoiceId) {
        this.invoiceId = invoiceId;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public void setAmountMinor(long amountMinor) {
        this.amountMinor = amountMinor;
    }

    public GatewayChargeStatus getStatus() {
        return status;
    }

    public void setStatus(GatewayChargeStatus status) {
        this.status = status;
    }

    public String getGatewayReference() {
        return gatewayReference;
    }

    public void setGatewayReference(String gatewayReference) {
        this.gatewayReference = gatewayReference;
    }

    public UUID getPendingEntryId() {
        return pendingEntryId;
    }

    public void setPendingEntryId(UUID pendingEntryId) {
        this.pendingEntryId = pendingEntryId;
    }

    public UUID getPaymentId() {
        return paymentId;
    }

    public void setPaymentId(UUID paymentId) {
        this.paymentId = paymentId;
    }

    public long getCapturedMinor() {
        return capturedMinor;
    }

    public void setCapturedMinor(long capturedMinor) {
        this.capturedMinor = capturedMinor;
    }

    public long getRefundedMinor() {
        return refundedMinor;
    }

    public void setRefundedMinor(long refundedMinor) {
        this.refundedMinor = refundedMinor;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
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

    public Set<String> getTransactions() {
        return transactions;
    }

    public void setTransactions(Set<String> transactions) {
        this.transactions = transactions;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
