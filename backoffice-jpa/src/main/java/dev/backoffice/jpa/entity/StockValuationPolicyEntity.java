package dev.backoffice.jpa.entity;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row of {@code bo_stock_valuation_policies}: a tenant's valuation currency and stock accounts. */
@Entity(name = "BoStockValuationPolicy")
@Table(name = "bo_stock_valuation_policies")
public class StockValuationPolicyEntity {

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "inventory_account")
    private UUID inventoryAccount;

    @Column(name = "cogs_account")
    private UUID cogsAccount;

    @Column(name = "received_account")
    private UUID receivedAccount;

    @Column(name = "variance_account")
    private UUID varianceAccount;

    @Column(name = "loss_account")
    private UUID lossAccount;

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public UUID getInventoryAccount() {
        return inventoryAccount;
    }

    public void setInventoryAccount(UUID inventoryAccount) {
        this.inventoryAccount = inventoryAccount;
    }

    public UUID getCogsAccount() {
        return cogsAccount;
    }

    public void setCogsAccount(UUID cogsAccount) {
        this.cogsAccount = cogsAccount;
    }

    public UUID getReceivedAccount() {
        return receivedAccount;
    }

    public void setReceivedAccount(UUID receivedAccount) {
        this.receivedAccount = receivedAccount;
    }

    public UUID getVarianceAccount() {
        return varianceAccount;
    }

    public void setVarianceAccount(UUID varianceAccount) {
        this.varianceAccount = varianceAccount;
    }

    public UUID getLossAccount() {
        return lossAccount;
    }

    public void setLossAccount(UUID lossAccount) {
        this.lossAccount = lossAccount;
    }
}
