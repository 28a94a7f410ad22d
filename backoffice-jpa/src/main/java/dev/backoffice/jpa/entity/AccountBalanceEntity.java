package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import dev.backoffice.accounts.domain.BalanceLimit;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code bo_account_balances}: the running totals of one balance bucket of an account (an
 * account has one bucket, 0, unless it is a hot account spread over {@code bucketCount} of them;
 * every row of an account carries the same count). Deliberately without {@code @Version}: the
 * totals change only through one atomic {@code UPDATE ... SET debit_minor = debit_minor + ?} per
 * account, never by read-modify-write.
 */
@Entity(name = "BoAccountBalance")
@Table(name = "bo_account_balances")
public class AccountBalanceEntity {

    @EmbeddedId
    private AccountBalanceKey id;

    @Column(name = "bucket_count", nullable = false)
    private int bucketCount = 1;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "debit_minor", nullable = false)
    private long debitMinor;

    @Column(name = "credit_minor", nullable = false)
    private long creditMinor;

    @Column(name = "pending_debit_minor", nullable = false)
    private long pendingDebitMinor;

    @Column(name = "pending_credit_minor", nullable = false)
    private long pendingCreditMinor;

    @Enumerated(EnumType.STRING)
    @Column(name = "balance_limit", nullable = false, length = 40)
    private BalanceLimit balanceLimit = BalanceLimit.NONE;

    public long getPendingDebitMinor() {
        return pendingDebitMinor;
    }

    public void setPendingDebitMinor(long pendingDebitMinor) {
        this.pendingDebitMinor = pendingDebitMinor;
    }

    public long getPendingCreditMinor() {
        return pendingCreditMinor;
    }

    public void setPendingCreditMinor(long pendingCreditMinor) {
        this.pendingCreditMinor = pendingCreditMinor;
    }

    public BalanceLimit getBalanceLimit() {
        return balanceLimit;
    }

    public void setBalanceLimit(BalanceLimit balanceLimit) {
        this.balanceLimit = balanceLimit;
    }

    public AccountBalanceKey getId() {
        return id;
    }

    public void setId(AccountBalanceKey id) {
        this.id = id;
    }

    public int getBucketCount() {
        return bucketCount;
    }

    public void setBucketCount(int bucketCount) {
        this.bucketCount = bucketCount;
    }

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

    public long getDebitMinor() {
        return debitMinor;
    }

    public void setDebitMinor(long debitMinor) {
        this.debitMinor = debitMinor;
    }

    public long getCreditMinor() {
        return creditMinor;
    }

    public void setCreditMinor(long creditMinor) {
        this.creditMinor = creditMinor;
    }
}
