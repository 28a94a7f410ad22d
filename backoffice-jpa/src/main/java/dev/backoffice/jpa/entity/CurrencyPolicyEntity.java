package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.UUID;

/** A row of {@code bo_currency_policies}: one tenant's functional currency and exchange accounts. */
@Entity(name = "BoCurrencyPolicy")
@Table(name = "bo_currency_policies")
public class CurrencyPolicyEntity {

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "functional_currency", nullable = false, updatable = false, length = 3)
    private String functionalCurrency;

    @Column(name = "exchange_gain_account")
    private UUID exchangeGainAccount;

    @Column(name = "exchange_loss_account")
    private UUID exchangeLossAccount;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getFunctionalCurrency() {
        return functionalCurrency;
    }

    public void setFunctionalCurrency(String functionalCurrency) {
        this.functionalCurrency = functionalCurrency;
    }

    public UUID getExchangeGainAccount() {
        return exchangeGainAccount;
    }

    public void setExchangeGainAccount(UUID exchangeGainAccount) {
        this.exchangeGainAccount = exchangeGainAccount;
    }

    public UUID getExchangeLossAccount() {
        return exchangeLossAccount;
    }

    public void setExchangeLossAccount(UUID exchangeLossAccount) {
        this.exchangeLossAccount = exchangeLossAccount;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
